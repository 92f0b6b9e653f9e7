import { referralStages } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  dateOfBirthText,
  londonDateTime,
  londonDay,
  referralActorText,
  referralStageTags,
} from "./staff-referral-labels.ts";

describe("staff referral words", () => {
  it("names every stage in plain words, each differently", () => {
    const words = referralStages.map((stage) => referralStageTags[stage].text);
    expect(new Set(words).size).toBe(referralStages.length);
    expect(referralStageTags.submitted.text).toBe("Waiting for triage");
    expect(referralStageTags["awaiting-information"].text).toBe("Waiting for information");
    expect(words.join(" ")).not.toMatch(/-/);
  });

  it("gives the submitted time in London, summer or winter, whatever the browser's zone", () => {
    expect(londonDateTime("2026-07-01T07:04:00.000Z")).toBe("1 July 2026 at 8:04am");
    expect(londonDateTime("2026-11-24T13:30:00.000Z")).toBe("24 November 2026 at 1:30pm");
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(londonDay("2026-06-30T23:30:00.000Z")).toBe("1 July 2026");
    expect(londonDateTime("not a time")).toBe("not a time");
  });

  it("shows a date of birth with the age on the day, and says when it is not known", () => {
    expect(dateOfBirthText("1986-04-12", "2026-04-11")).toBe("12 April 1986 (39 years old)");
    expect(dateOfBirthText("1986-04-12", "2026-04-12")).toBe("12 April 1986 (40 years old)");
    expect(dateOfBirthText("2025-04-12", "2026-04-12")).toBe("12 April 2025 (1 year old)");
    expect(dateOfBirthText("", "2026-04-12")).toBe("Not known");
  });

  it("says who made a timeline entry, marking your own and those done for the patient", () => {
    const entry = { by: "receptionist", actorId: "user-a", onBehalfOfPatient: false } as const;
    expect(referralActorText(entry, "user-a")).toBe("Receptionist (you)");
    expect(referralActorText(entry, "user-b")).toBe("Receptionist");
    expect(referralActorText(entry, undefined)).toBe("Receptionist");
    expect(referralActorText({ ...entry, onBehalfOfPatient: true }, undefined)).toBe(
      "Receptionist, for the patient",
    );
    expect(referralActorText({ by: "patient", actorId: "p", onBehalfOfPatient: false }, "x")).toBe(
      "The patient",
    );
  });
});
