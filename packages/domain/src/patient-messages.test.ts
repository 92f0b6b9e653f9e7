import { describe, expect, it } from "vitest";
import {
  bookingReference,
  consentedChannels,
  londonWhen,
  patientMessages,
} from "./patient-messages.ts";

describe("patient messages", () => {
  it("say where and when in London time, never why", () => {
    const when = londonWhen(new Date("2026-06-02T09:15:00Z"));
    expect(when).toBe("Tuesday 2 June at 10:15");
    const text = patientMessages.bookingConfirmed({
      siteName: "Armley Neighbourhood Health Centre",
      when,
      channel: "telephone",
      bookingReference: "ABCD2345",
    });
    expect(text).toContain(
      "a phone appointment with Armley Neighbourhood Health Centre on Tuesday 2 June at 10:15",
    );
    expect(text).toContain("ABCD2345");
  });

  it("uses only the channels the patient agreed to", () => {
    expect(consentedChannels({ sms: true, email: false })).toEqual(["sms"]);
    expect(consentedChannels({ sms: false, email: false })).toEqual([]);
  });

  it("makes 8-character references without look-alike characters", () => {
    const reference = bookingReference();
    expect(reference).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    let n = 0;
    expect(bookingReference(() => n++ % 32)).toBe("ABCDEFGH");
  });
});
