import { describe, expect, it } from "vitest";
import { settingsFieldId, settingsFromForm } from "./settings-form.ts";

function values(entries: [string, string][]) {
  const data = new Map<string, string[]>();
  for (const [k, v] of entries) data.set(k, [...(data.get(k) ?? []), v]);
  return {
    get: (name: string) => data.get(name)?.[0] ?? null,
    getAll: (name: string) => data.get(name) ?? [],
  };
}

describe("the online request settings form", () => {
  it("reads hours per weekday, a ticked 'closed' as no hours, and the ticked types in order", () => {
    const read = settingsFromForm(
      values([
        ["mon-opens", " 08:00 "],
        ["mon-closes", "18:30"],
        ["sun-closed", "yes"],
        ["sun-opens", "10:00"],
        ["enabledTypes", "fit-note"],
        ["enabledTypes", "new-problem"],
        ["closedOnBankHolidays", "yes"],
        ["nextStepWorkingDays", "1"],
        ["replyWorkingDays", "2"],
        ["patientReplyDays", "14"],
        ["closedMessage", "<b>We are closed</b>"],
      ]),
    );
    expect(read.openingHours.mon).toEqual({ opens: "08:00", closes: "18:30" });
    expect(read.openingHours.sun).toBeNull();
    expect(read.enabledTypes).toEqual(["new-problem", "fit-note"]);
    expect(read.closedOnBankHolidays).toBe(true);
    expect(read.acceptWhenClosed).toBe(false);
    expect(read.replyWorkingDays).toBe(2);
    // Kept as typed: shown as text wherever it appears.
    expect(read.closedMessage).toBe("<b>We are closed</b>");
  });

  it("passes a number that is not whole on as NaN, for the API to refuse with its field", () => {
    const read = settingsFromForm(values([["replyWorkingDays", "two"]]));
    expect(read.replyWorkingDays).toBeNaN();
  });

  it("puts each API error on its input", () => {
    expect(settingsFieldId("openingHours.tue.closes")).toBe("tue-closes");
    expect(settingsFieldId("openingHours.wed")).toBe("wed-opens");
    expect(settingsFieldId("enabledTypes")).toBe("enabledTypes");
    expect(settingsFieldId("replyWorkingDays")).toBe("replyWorkingDays");
  });
});
