/**
 * The demo area's ICBs and sites, by the ids the store seeds (packages/store/src/demo): the
 * store's tests check that each service here names a real site, in its ICB, offering its code.
 *
 * CLINICAL SAFETY: every question, threshold, exclusion and signpost in this catalogue is
 * illustrative, written from public NHS guidance for a demo. Before real use each needs review
 * and sign-off by the service's clinicians and a clinical safety officer (DCB0129/DCB0160).
 */
export const demoIcbIds = {
  westYorkshire: "icb-west-yorkshire",
  humberNorthYorkshire: "icb-humber-north-yorkshire",
} as const;

export const demoSiteIds = {
  armley: "site-armley",
  chapeltown: "site-chapeltown",
  halifax: "site-halifax",
  wakefieldCdc: "site-wakefield-cdc",
  yorkClifton: "site-york-clifton",
} as const;

/** Where to go instead, in the words used across the catalogue. */
export const signposts = {
  seeGp:
    "Contact your GP practice and tell them what you told us. They can decide what help you need and refer you if you need it.",
  urgentToday:
    "Contact your GP practice today and ask for an urgent appointment. If it is closed, call 111 or go to 111.nhs.uk.",
  aAndE: "Go to A&E now. If you cannot get there safely, call 999.",
  call999: "Call 999 now.",
  crisis: "Call 111 and choose option 2 for urgent mental health help, or call 999.",
} as const;

/** The help that says nobody reads free text straight away (as the same-day form does). */
export const freeTextHint =
  "Nobody reads this straight away. If you need help urgently, call 111, or 999 in an emergency.";
