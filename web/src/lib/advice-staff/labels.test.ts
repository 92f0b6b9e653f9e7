import { describe, expect, it } from "vitest";
import { closingOutcomes, inboxApiPath, inboxTags, readInboxFilter, typeNames } from "./labels.ts";

describe("the advice inbox's words and filter", () => {
  it("marks red flags, urgency and lateness, most pressing first", () => {
    expect(inboxTags({ urgent: true, redFlagged: true, overdue: true }).map((t) => t.text)).toEqual(
      ["Red flag", "Urgent", "Overdue"],
    );
    expect(inboxTags({ urgent: false, redFlagged: false, overdue: false })).toEqual([]);
  });

  it("reads the view and type from the query string, defaulting anything unknown", () => {
    expect(readInboxFilter("?view=mine&type=fit-note")).toEqual({ view: "mine", type: "fit-note" });
    expect(readInboxFilter("?view=everything&type=<b>")).toEqual({ view: "unassigned", type: "" });
    expect(readInboxFilter("")).toEqual({ view: "unassigned", type: "" });
  });

  it("asks the API for the same view and type", () => {
    expect(inboxApiPath({ view: "all", type: "admin" })).toBe(
      "/api/staff/advice/requests?view=all&type=admin",
    );
    expect(inboxApiPath({ view: "unassigned", type: "" })).toBe(
      "/api/staff/advice/requests?view=unassigned",
    );
  });

  it("names each type once; staff never close as 'no reply' themselves", () => {
    expect(typeNames(["fit-note", "fit-note", "new-problem"])).toBe("A fit note, A new problem");
    expect(closingOutcomes).toContain("appointment-booked");
    expect(closingOutcomes).not.toContain("no-reply-from-patient");
  });
});
