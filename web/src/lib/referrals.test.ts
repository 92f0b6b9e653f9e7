import { MyReferral } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  formatLondonDate,
  formatLondonDateTime,
  isOpenReferral,
  mayWithdraw,
  referralHref,
  referralIdFrom,
  referralStageWords,
} from "./referrals.ts";

/** Every stage the contract allows, so a new one fails here until it has words. */
const referralStages = MyReferral.shape.stage.options;

describe("referral stages in the patient's words", () => {
  it("has a tag and a sentence for every stage the API can send", () => {
    for (const stage of referralStages) {
      const words = referralStageWords[stage];
      expect(words.tag, stage).toMatch(/^[A-Z]/);
      expect(words.meaning, stage).toMatch(/\.$/);
    }
  });
  it("never shows the service's codes to the patient", () => {
    const shown = Object.values(referralStageWords).map((w) => `${w.tag} ${w.meaning}`);
    expect(shown.join(" ")).not.toMatch(/awaiting-information|entered-in-error|revoked/);
  });
});

describe("which referrals are open and may be withdrawn", () => {
  it("offers withdrawal while the service may still act, never after a final stage", () => {
    expect(referralStages.filter(mayWithdraw)).toEqual([
      "submitted",
      "accepted",
      "awaiting-information",
      "booked",
    ]);
    expect(isOpenReferral("rejected")).toBe(false);
    expect(isOpenReferral("completed")).toBe(false);
  });
});

describe("dates in London time", () => {
  it("shows a winter instant as GMT and a summer one as BST", () => {
    expect(formatLondonDateTime("2026-12-08T10:42:00Z")).toBe("8 December 2026 at 10:42am");
    expect(formatLondonDateTime("2026-07-01T09:05:00Z")).toBe("1 July 2026 at 10:05am");
  });
  it("uses the London date near midnight, not UTC's", () => {
    expect(formatLondonDate("2026-06-30T23:30:00Z")).toBe("1 July 2026");
    expect(formatLondonDateTime("2026-06-30T23:30:00Z")).toBe("1 July 2026 at 12:30am");
  });
});

describe("the referral link", () => {
  it("round-trips an id and refuses anything that could not be one", () => {
    expect(referralIdFrom(new URL(referralHref("3f2a-9b"), "http://x").search)).toBe("3f2a-9b");
    expect(referralIdFrom("?id=%3Cscript%3E")).toBeUndefined();
    expect(referralIdFrom("")).toBeUndefined();
  });
});
