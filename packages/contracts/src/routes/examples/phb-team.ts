import type * as z from "zod/mini";
import type { PhbApplicationView, PhbQueueResponse, PhbTeamAction } from "../../phb-api.ts";
import {
  phbApplicationBase,
  phbCaseAtPlanning,
  phbPlanVersion1,
  phbTimelineToPlan,
  phbTrackerAtPlanning,
  phbTrackerSteps,
} from "./phb.ts";

/**
 * The PHB team's examples: Jo Bell (user-phb-case-manager-wy), West Yorkshire ICB's case manager,
 * works Amira Hussain's application (examples/phb.ts) from her queue to sign-off.
 */

const jo = "user-phb-case-manager-wy";

/** The queue by stage=requested on the day Amira applied. */
export const phbQueueExample = {
  icbId: "icb-west-yorkshire",
  applications: [
    {
      id: phbApplicationBase.id,
      reference: phbApplicationBase.reference,
      routeId: "chc",
      stage: "requested",
      dueBy: "2027-01-05",
      overdue: false,
      person: { name: "Amira Hussain", nhsNumber: "9990000018", dateOfBirth: "1986-04-12" },
      version: 1,
    },
  ],
} satisfies z.output<typeof PhbQueueResponse>;

/** Who applied, with the needs she told the service once in her profile: the team's view only. */
const applicant = {
  id: "patient-amira",
  name: { given: "Amira", family: "Hussain" },
  preferredName: "Amira",
  communication: {
    interpreterLanguage: "Urdu",
    britishSignLanguage: false,
    easyRead: false,
    largePrint: false,
  },
  nhsNumber: "9990000018",
  dateOfBirth: "1986-04-12",
};

/**
 * The application with its full audit timeline once the plan is saved. The tracker's next step
 * is in the team's words; the applicant's own view says "Read your care and support plan".
 */
export const phbApplicationExample = {
  ...phbApplicationBase,
  version: 5,
  stage: "planning",
  tracker: {
    ...phbTrackerAtPlanning,
    nextStep: "Waiting for the person to read the plan, then agree it or ask for changes",
    dealtWithBy: "The applicant",
  },
  case: phbCaseAtPlanning,
  timeline: [...phbTimelineToPlan],
  applicant,
} satisfies z.output<typeof PhbApplicationView>;

export const phbActionBodyExample = {
  type: "sign-off",
  version: 1,
} satisfies z.input<typeof PhbTeamAction>;

/** Jo Bell signs off plan 1 (£16,380 a year, within her £100,000 limit) on 21 December. */
export const phbActionExample = {
  ...phbApplicationBase,
  version: 7,
  stage: "plan-agreed",
  tracker: {
    steps: phbTrackerSteps([
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-14",
      "2026-12-17",
      "2026-12-21",
    ]),
    nextStep: "Record how the money is held, then mark the budget in place",
    withWhom: "team",
    dueBy: "2027-01-18",
    dealtWithBy: "The personal health budgets team at NHS West Yorkshire ICB",
  },
  case: {
    ...phbCaseAtPlanning,
    stage: "plan-agreed",
    stageEnteredAt: "2026-12-21T10:05:00.000Z",
    dueBy: "2027-01-18",
    plans: [
      {
        ...phbPlanVersion1,
        agreement: { at: "2026-12-18T16:20:00.000Z" },
        signOff: { by: jo, at: "2026-12-21T10:05:00.000Z", limitPence: 10_000_000 },
      },
    ],
  },
  timeline: [
    ...phbTimelineToPlan,
    {
      action: "agree-plan",
      at: "2026-12-18T16:20:00.000Z",
      by: "patient",
      actorId: "user-patient-amira",
      from: "planning",
      to: "planning",
    },
    {
      action: "sign-off",
      at: "2026-12-21T10:05:00.000Z",
      by: "team",
      actorId: jo,
      from: "planning",
      to: "plan-agreed",
    },
  ],
  applicant,
} satisfies z.output<typeof PhbApplicationView>;
