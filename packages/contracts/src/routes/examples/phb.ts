import type * as z from "zod/mini";
import type {
  MyPhbApplicationsResponse,
  PhbApplicationRequest,
  PhbApplicationView,
  PhbDraft,
  PhbDraftResponse,
  PhbOfferResponse,
  PhbPatientAction,
} from "../../phb-api.ts";

/**
 * The personal health budget routes' examples, as the service answers with the demo data: Amira
 * Hussain (patient-amira) applies to West Yorkshire ICB for NHS Continuing Healthcare on Tuesday
 * 8 December 2026 and Jo Bell, the ICB's PHB case manager (user-phb-case-manager-wy), takes it
 * to a care and support plan. Times are UTC instants as the service writes them.
 */

/** West Yorkshire's offer, abbreviated to three of its seven routes and eight exclusions. */
export const phbOfferExample = {
  icbId: "icb-west-yorkshire",
  icbName: "NHS West Yorkshire ICB",
  routes: [
    {
      id: "chc",
      name: "NHS Continuing Healthcare (adults)",
      description: "Adults assessed as eligible for NHS Continuing Healthcare.",
      legalRight: true,
    },
    {
      id: "wheelchair",
      name: "Personal wheelchair budget",
      description: "People referred to, or already using, the NHS wheelchair service.",
      legalRight: true,
    },
    {
      id: "mental-health",
      name: "Community mental health",
      description: "Adults supported by a community mental health team.",
      legalRight: false,
    },
  ],
  waysToHoldTheMoney: ["notional", "third-party", "direct-payment", "mix"],
  cannotBuy: [
    { label: "Alcohol", reason: "A personal health budget cannot be spent on alcohol." },
    {
      label: "Emergency or unplanned care",
      reason:
        "Emergency and unplanned care is provided by the NHS as usual, not from a personal health budget.",
    },
    {
      label: "Holidays abroad",
      reason: "West Yorkshire ICB does not fund holidays abroad from a personal health budget.",
    },
  ],
  timescales: {
    eligibilityDecisionDays: 28,
    stageTargets: {
      informationRequest: 14,
      needsAssessment: 28,
      indicativeBudget: 14,
      carePlan: 28,
      signOffAndAgreement: 14,
      setUp: 28,
      reconsideration: 28,
    },
  },
  contact: "West Yorkshire PHB team, 0113 000 0000 (Monday to Friday, 9am to 5pm)",
} satisfies z.output<typeof PhbOfferResponse>;

const currentSupport = [{ description: "Carers twice a day", providedBy: "Leeds City Council" }];

export const phbDraftBodyExample = {
  routeId: "chc",
  currentSupport,
  outcomes: ["Stay in my own home"],
} satisfies z.input<typeof PhbDraft>;

/** The draft as read back, and as the save answers it. */
export const phbDraftExample = {
  draft: phbDraftBodyExample,
  savedAt: "2026-12-08T10:00:00.000Z",
} satisfies z.output<typeof PhbDraftResponse>;

export const phbApplyBodyExample = {
  routeId: "chc",
  currentSupport,
  outcomes: ["Stay in my own home", "Get to the allotment on Saturdays"],
  holdingPreference: "direct-payment",
} satisfies z.input<typeof PhbApplicationRequest>;

const applicationId = "be4b52b7-6f1b-4d57-b6eb-9efc94f30f12";
const reference = "PHB-2W89VF";
const jo = "user-phb-case-manager-wy";
const team = "The personal health budgets team at NHS West Yorkshire ICB";

/** What every view of the application shares. */
export const phbApplicationBase = {
  id: applicationId,
  reference,
  routeId: "chc",
  routeName: "NHS Continuing Healthcare (adults)",
  icbId: "icb-west-yorkshire",
  createdAt: "2026-12-08T10:00:00.000Z",
};

/** The tracker's steps, each done on the date given in `doneOn` (of seven). */
export const phbTrackerSteps = (doneOn: readonly string[]) =>
  [
    "Application received",
    "Eligibility decision",
    "Needs assessment",
    "Indicative budget",
    "Care and support plan",
    "Plan agreed and signed off",
    "Budget in place",
  ].map((label, i) => (doneOn[i] ? { label, doneOn: doneOn[i] } : { label }));

const applyEntry = {
  action: "apply",
  at: "2026-12-08T10:00:00.000Z",
  by: "patient",
  from: "requested",
  to: "requested",
} as const;

export const myPhbApplyExample = {
  ...phbApplicationBase,
  version: 1,
  stage: "requested",
  tracker: {
    steps: phbTrackerSteps(["2026-12-08"]),
    nextStep: "The PHB team decides whether you are eligible",
    withWhom: "team",
    dueBy: "2027-01-05",
    dealtWithBy: team,
  },
  case: {
    icbId: "icb-west-yorkshire",
    routeId: "chc",
    stage: "requested",
    completedAt: "2026-12-08T10:00:00.000Z",
    stageEnteredAt: "2026-12-08T10:00:00.000Z",
    informationRequests: [],
    plans: [],
    holdingPreference: "direct-payment",
    reviews: [],
    dueBy: "2027-01-05",
    details: phbApplyBodyExample,
  },
  timeline: [applyEntry],
} satisfies z.output<typeof PhbApplicationView>;

export const myPhbApplicationsExample = {
  applications: [
    {
      id: applicationId,
      reference,
      routeId: "chc",
      stage: "planning",
      createdAt: "2026-12-08T10:00:00.000Z",
      updatedAt: "2026-12-18T16:20:00.000Z",
    },
  ],
} satisfies z.output<typeof MyPhbApplicationsResponse>;

/** The first plan as Jo Bell saved it, before anyone agreed or signed it off. */
export const phbPlanVersion1 = {
  version: 1,
  lines: [
    {
      what: "Personal assistant for personal care",
      provider: "Employed personal assistant",
      frequency: "3 hours a day, every day",
      unitCostPence: 1_500,
      annualCostPence: 1_638_000,
    },
  ],
  annualTotalPence: 1_638_000,
  outcomes: ["Stay in my own home"],
  risks: "Personal assistant off sick",
  contingency: "Agency cover through the third-party organisation",
  careCoordinator: "Jo Bell",
  reviewDates: [],
  createdAt: "2026-12-17T09:45:00.000Z",
  createdBy: jo,
};

/** The case once the plan is saved: eligible, assessed, an indicative budget, a plan. */
export const phbCaseAtPlanning = {
  icbId: "icb-west-yorkshire",
  routeId: "chc",
  stage: "planning",
  completedAt: "2026-12-08T10:00:00.000Z",
  stageEnteredAt: "2026-12-17T09:45:00.000Z",
  dueBy: "2026-12-31",
  holdingPreference: "direct-payment",
  eligibility: {
    routeId: "chc",
    decision: "eligible",
    decidedAt: "2026-12-09T14:10:00.000Z",
    by: jo,
  },
  informationRequests: [],
  assessment: {
    date: "2026-12-10",
    summary: "Needs help with personal care morning and evening",
    recordedAt: "2026-12-10T11:30:00.000Z",
    by: jo,
  },
  budget: {
    annualPence: 2_400_000,
    basis: "21 hours a week at £22 an hour",
    setAt: "2026-12-14T14:00:00.000Z",
    by: jo,
  },
  plans: [phbPlanVersion1],
  reviews: [],
  details: phbApplyBodyExample,
};

/** The timeline to the saved plan, as the team sees it (the applicant's has no actorId). */
export const phbTimelineToPlan = [
  { ...applyEntry, actorId: "user-patient-amira" },
  {
    action: "decide-eligible",
    at: "2026-12-09T14:10:00.000Z",
    by: "team",
    actorId: jo,
    from: "requested",
    to: "eligible",
  },
  {
    action: "record-assessment",
    at: "2026-12-10T11:30:00.000Z",
    by: "team",
    actorId: jo,
    from: "eligible",
    to: "assessed",
  },
  {
    action: "set-budget",
    at: "2026-12-14T14:00:00.000Z",
    by: "team",
    actorId: jo,
    from: "assessed",
    to: "budget-set",
  },
  {
    action: "save-plan",
    at: "2026-12-17T09:45:00.000Z",
    by: "team",
    actorId: jo,
    from: "budget-set",
    to: "planning",
  },
] as const;
const withoutActors = phbTimelineToPlan.map(({ actorId: _, ...entry }) => entry);

/** The tracker once the plan is saved: with the applicant, to agree it or ask for changes. */
export const phbTrackerAtPlanning = {
  steps: phbTrackerSteps(["2026-12-08", "2026-12-09", "2026-12-10", "2026-12-14", "2026-12-17"]),
  nextStep: "Read your care and support plan, then agree it or ask for changes",
  withWhom: "you",
  dueBy: "2026-12-31",
  dealtWithBy: "You",
} as const;

export const myPhbApplicationExample = {
  ...phbApplicationBase,
  version: 5,
  stage: "planning",
  tracker: phbTrackerAtPlanning,
  case: phbCaseAtPlanning,
  timeline: withoutActors,
} satisfies z.output<typeof PhbApplicationView>;

export const myPhbActionBodyExample = {
  type: "agree-plan",
  version: 1,
} satisfies z.input<typeof PhbPatientAction>;

/** Amira agrees the plan on 18 December: it waits for the ICB's sign-off. */
export const myPhbActionExample = {
  ...phbApplicationBase,
  version: 6,
  stage: "planning",
  tracker: {
    ...phbTrackerAtPlanning,
    nextStep: "The ICB signs off the plan you agreed",
    withWhom: "team",
    dealtWithBy: team,
  },
  case: {
    ...phbCaseAtPlanning,
    plans: [{ ...phbPlanVersion1, agreement: { at: "2026-12-18T16:20:00.000Z" } }],
  },
  timeline: [
    ...withoutActors,
    {
      action: "agree-plan",
      at: "2026-12-18T16:20:00.000Z",
      by: "patient",
      from: "planning",
      to: "planning",
    },
  ],
} satisfies z.output<typeof PhbApplicationView>;
