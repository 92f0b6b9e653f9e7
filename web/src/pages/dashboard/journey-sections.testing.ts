import type { AdviceDashboard, PhbDashboard } from "@front-door/contracts";

const noWait = { count: 0, median: null, p90: null };

/** A dashboard's PHB and advice sections with nothing counted, for tests of other sections. */
export const emptyJourneySections: { phb: PhbDashboard; advice: AdviceDashboard } = {
  phb: {
    applicationsByStage: [],
    applicationsReceived: 0,
    eligibility: {
      decisions: 0,
      within28Days: 0,
      within28DaysShare: null,
      medianDays: null,
      p90Days: null,
    },
    inPlace: { byWay: [], budgets: 0, annualPence: 0, newInRange: 0 },
    reviews: { overdue: 0, dueWithin28Days: 0 },
    quarterlyReturn: {
      quarter: "2026-27-Q3",
      label: "2026-27 Q3 (October to December 2026)",
      start: "2026-10-01",
      end: "2026-12-31",
      rows: [],
    },
  },
  advice: {
    days: [],
    sites: [],
    totals: {
      requests: 0,
      medical: 0,
      admin: 0,
      redFlagDiversions: 0,
      freeTextFlags: 0,
      enteredByStaff: 0,
      firstResponses: 0,
      answeredWithinTarget: 0,
      answeredWithinTargetShare: null,
      closed: 0,
      outcomes: {},
      timeToFirstResponse: noWait,
      timeToClose: noWait,
      awaitingFirstResponse: 0,
      openPastTarget: 0,
    },
  },
};
