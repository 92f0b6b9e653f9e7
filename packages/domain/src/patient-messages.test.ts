import { describe, expect, it } from "vitest";
import {
  bookingReference,
  consentedChannels,
  londonWhen,
  messageSubject,
  patientMessages,
  referralMessages,
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

  it("name the year when the date is in the past or more than 90 days ahead", () => {
    const now = new Date("2026-12-08T10:00:00Z");
    expect(londonWhen(new Date("2027-03-08T09:00:00Z"), now)).toBe("Monday 8 March at 09:00");
    expect(londonWhen(new Date("2027-03-09T09:00:00Z"), now)).toBe("Tuesday 9 March 2027 at 09:00");
    expect(londonWhen(new Date("2026-12-08T09:45:00Z"), now)).toBe(
      "Tuesday 8 December 2026 at 09:45",
    );
    expect(londonWhen(new Date("2026-12-08T10:15:00Z"), now)).toBe("Tuesday 8 December at 10:15");
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

  describe("about a referral's appointment", () => {
    const context = {
      siteName: "Armley Neighbourhood Health Centre",
      reference: "REFR2345",
      when: "Tuesday 2 June at 10:15",
      channel: "video" as const,
      bookingReference: "BOOK6789",
    };

    it("give both references, where and when, and never the service", () => {
      for (const text of [
        referralMessages.booked(context),
        referralMessages.acceptedAndBooked(context),
        referralMessages.bookingCancelled(context, "patient", true),
        referralMessages.bookingCancelled(context, "service", false),
      ]) {
        expect(text).toContain("REFR2345");
        expect(text).toContain("BOOK6789");
        expect(text).toContain("Tuesday 2 June at 10:15");
        expect(text).not.toMatch(/physio|therap|x-ray|weight|smok|hearing|podiatr|falls/i);
      }
      expect(referralMessages.booked(context)).toContain("a video appointment with Armley");
    });

    it("say who cancelled and who arranges the next one", () => {
      expect(referralMessages.bookingCancelled(context, "patient", true)).toMatch(
        /^Your appointment with Armley .* is cancelled\. .*choose another time\.$/,
      );
      expect(referralMessages.bookingCancelled(context, "service", false)).toMatch(
        /^Armley Neighbourhood Health Centre has had to cancel .* will contact you to arrange another\.$/,
      );
    });

    it("have subjects that say what, not why", () => {
      expect(messageSubject("referral-booked")).toBe("Your appointment is booked");
      expect(messageSubject("referral-accepted-and-booked")).toBe("Your appointment is booked");
      expect(messageSubject("referral-booking-cancelled")).toBe("Your appointment is cancelled");
    });
  });
});
