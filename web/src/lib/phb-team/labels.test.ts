import { phbActionTypes, phbStages } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import {
  actionWords,
  actorText,
  assigneeText,
  nextForTeam,
  phbActionWords,
  phbStageTags,
} from "./labels.ts";

describe("PHB team labels", () => {
  it("has words for every stage and every action", () => {
    for (const stage of phbStages) {
      expect(phbStageTags[stage].text).not.toBe("");
      expect(nextForTeam[stage]).not.toBe("");
    }
    expect(actionWords("apply")).toBe("Applied");
    for (const action of phbActionTypes) expect(actionWords(action)).toBe(phbActionWords[action]);
    // An action the API adds later still shows, as its code.
    expect(actionWords("something-new")).toBe("something-new");
  });

  it("marks the signed-in member's own entries and assignments as theirs", () => {
    expect(actorText({ by: "team", actorId: "me" }, "me")).toBe("You");
    expect(actorText({ by: "team", actorId: "other" }, "me")).toBe("PHB team (other)");
    expect(actorText({ by: "patient", actorId: "p" }, "me")).toBe("The applicant");
    expect(assigneeText(undefined, "me")).toBe("Nobody yet");
    expect(assigneeText("me", "me")).toBe("You");
    expect(assigneeText("other", "me")).toBe("other");
  });
});
