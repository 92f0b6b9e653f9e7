/**
 * What each ICB offers: the four groups with a legal right to a personal health budget, the
 * ICB's own local groups, its targets for each stage, and its own spending rules. Data, like
 * the referral catalogue, so a new ICB is a new entry and not new code.
 */

/** The groups with a legal right to a PHB (NHS Act 2006 and the 2013 regulations as amended). */
export const legalRightRoutes = [
  {
    id: "chc",
    name: "NHS Continuing Healthcare (adults)",
    description: "Adults assessed as eligible for NHS Continuing Healthcare.",
  },
  {
    id: "childrens-continuing-care",
    name: "Children and young people's continuing care",
    description: "Children and young people assessed as needing continuing care.",
  },
  {
    id: "s117-aftercare",
    name: "Section 117 mental health aftercare",
    description: "People receiving aftercare under section 117 of the Mental Health Act 1983.",
  },
  {
    id: "wheelchair",
    name: "Personal wheelchair budget",
    description: "People referred to, or already using, the NHS wheelchair service.",
  },
] as const;

export type LegalRightRouteId = (typeof legalRightRoutes)[number]["id"];

export interface PhbRoute {
  id: string;
  name: string;
  description: string;
  /** True for the four legal rights; false for a group the ICB chooses to offer. */
  legalRight: boolean;
}

/** A rule of the ICB's own on top of the national ones (same shape: see spending-rules.ts). */
export interface LocalSpendingRule {
  id: string;
  label: string;
  /** Whole words or phrases in a plan line's description or provider that the rule refuses. */
  words: readonly string[];
  reason: string;
}

/** Calendar days the ICB aims to take over each stage after the eligibility decision. */
export interface StageTargets {
  informationRequest: number;
  needsAssessment: number;
  indicativeBudget: number;
  carePlan: number;
  signOffAndAgreement: number;
  setUp: number;
  reconsideration: number;
}

export interface PhbOffer {
  icbId: string;
  icbName: string;
  /** The ICB's local groups beyond the legal rights. */
  localGroups: readonly Omit<PhbRoute, "legalRight">[];
  targets: StageTargets;
  spendingRules: readonly LocalSpendingRule[];
  /** Shortest written notice before a budget is reduced or ended, in days. */
  noticeDays: number;
  contact: string;
}

export const phbOffers: readonly PhbOffer[] = [
  {
    icbId: "icb-west-yorkshire",
    icbName: "NHS West Yorkshire ICB",
    localGroups: [
      {
        id: "learning-disability-autism",
        name: "Learning disability or autism",
        description:
          "Adults with a learning disability or autism who have health needs beyond what their GP provides.",
      },
      {
        id: "mental-health",
        name: "Community mental health",
        description: "Adults supported by a community mental health team.",
      },
      {
        id: "end-of-life",
        name: "End of life care",
        description: "People in the last year of life who want care at home.",
      },
    ],
    targets: {
      informationRequest: 14,
      needsAssessment: 28,
      indicativeBudget: 14,
      carePlan: 28,
      signOffAndAgreement: 14,
      setUp: 28,
      reconsideration: 28,
    },
    spendingRules: [
      {
        id: "holidays-abroad",
        label: "Holidays abroad",
        words: ["holiday abroad", "foreign holiday", "overseas holiday"],
        reason: "West Yorkshire ICB does not fund holidays abroad from a personal health budget.",
      },
    ],
    noticeDays: 28,
    contact: "West Yorkshire PHB team, 0113 000 0000 (Monday to Friday, 9am to 5pm)",
  },
  {
    icbId: "icb-humber-north-yorkshire",
    icbName: "NHS Humber and North Yorkshire ICB",
    localGroups: [
      {
        id: "ehc-plan",
        name: "Education, health and care plans (0 to 25)",
        description: "Children and young people up to 25 with an education, health and care plan.",
      },
      {
        id: "jointly-funded",
        name: "Jointly funded care",
        description: "People whose care is funded jointly by the ICB and their council.",
      },
    ],
    targets: {
      informationRequest: 21,
      needsAssessment: 42,
      indicativeBudget: 14,
      carePlan: 42,
      signOffAndAgreement: 21,
      setUp: 28,
      reconsideration: 28,
    },
    spendingRules: [
      {
        id: "gym-membership",
        label: "Gym membership",
        words: ["gym membership"],
        reason:
          "Humber and North Yorkshire ICB funds exercise through its community programmes, not gym memberships.",
      },
    ],
    noticeDays: 42,
    contact: "Humber and North Yorkshire PHB team, 01904 000 000 (Monday to Friday, 9am to 5pm)",
  },
];

export function findPhbOffer(icbId: string): PhbOffer | undefined {
  return phbOffers.find((offer) => offer.icbId === icbId);
}

/** The routes an ICB accepts: the legal rights first, then its own groups. */
export function phbRoutesOf(offer: PhbOffer): PhbRoute[] {
  return [
    ...legalRightRoutes.map((route) => ({ ...route, legalRight: true })),
    ...offer.localGroups.map((group) => ({ ...group, legalRight: false })),
  ];
}

export function findPhbRoute(offer: PhbOffer, routeId: string): PhbRoute | undefined {
  return phbRoutesOf(offer).find((route) => route.id === routeId);
}
