import { describe, expect, it } from "vitest";
import {
  type ReferralCountsRow,
  summariseReferrals,
  waitBucket,
  waitFigures,
} from "./referral-summary.ts";

describe("waitBucket", () => {
  it("puts a wait in the first bucket whose bound it does not exceed", () => {
    expect(waitBucket("triageWait", 0.2)).toBe("triageWait:1");
    expect(waitBucket("triageWait", 1)).toBe("triageWait:1");
    expect(waitBucket("triageWait", 1.01)).toBe("triageWait:4");
    expect(waitBucket("bookingWait", 100)).toBe("bookingWait:168");
    expect(waitBucket("triageWait", 5000)).toBe("triageWait:longer");
  });
});

describe("waitFigures", () => {
  it("reads the median and 90th percentile from the buckets", () => {
    // 10 waits: 5 within an hour, 4 within a day, 1 over four weeks.
    expect(waitFigures({ "1": 5, "24": 4, longer: 1 })).toEqual({
      count: 10,
      median: { withinHours: 1 },
      p90: { withinHours: 24 },
    });
    expect(waitFigures({ "1": 1, longer: 9 }).p90).toEqual({ longerThanHours: 672 });
  });

  it("has no percentiles without waits", () => {
    expect(waitFigures({})).toEqual({ count: 0, median: null, p90: null });
  });
});

describe("summariseReferrals", () => {
  it("adds each service's counts over days and sites, with reasons and waits", () => {
    const rows: ReferralCountsRow[] = [
      {
        service: "physiotherapy",
        referrals: {
          referralsSubmitted: 3,
          referralsIneligible: 2,
          "ineligible:outside-catchment": 2,
          referralsAccepted: 1,
          "triageWait:4": 1,
        },
      },
      {
        service: "physiotherapy",
        referrals: {
          referralsSubmitted: 1,
          referralsRejected: 1,
          "rejected:needs-gp-assessment": 1,
          "triageWait:48": 1,
        },
      },
      { service: "audiology", referrals: { referralsDiverted: 1 } },
      { service: "podiatry", referrals: {} },
    ];
    const [audiology, physio, ...rest] = summariseReferrals(rows);
    expect(rest).toEqual([]);
    expect(audiology).toMatchObject({ service: "audiology", diverted: 1, submitted: 0 });
    expect(physio).toMatchObject({
      service: "physiotherapy",
      submitted: 4,
      ineligible: 2,
      ineligibleByReason: { "outside-catchment": 2 },
      accepted: 1,
      rejected: 1,
      rejectedByReason: { "needs-gp-assessment": 1 },
      timeToTriage: { count: 2, median: { withinHours: 4 }, p90: { withinHours: 48 } },
      timeToAppointment: { count: 0, median: null, p90: null },
    });
  });
});
