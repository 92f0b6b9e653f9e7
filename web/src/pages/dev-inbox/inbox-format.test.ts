import { describe, expect, it } from "vitest";
import {
  describeChannels,
  describeKind,
  describeStatus,
  firstName,
  formatSentAt,
  statusLabels,
} from "./inbox-format.ts";

describe("formatSentAt", () => {
  it("shows London time: GMT in winter, BST in summer", () => {
    expect(formatSentAt("2026-12-08T07:00:00.000Z")).toBe("8 December 2026 at 7am");
    expect(formatSentAt("2026-07-01T07:30:00.000Z")).toBe("1 July 2026 at 8:30am");
  });

  it("moves to the London date across midnight", () => {
    expect(formatSentAt("2026-06-30T23:15:00.000Z")).toBe("1 July 2026 at 12:15am");
  });

  it("shows an unreadable instant as it came", () => {
    expect(formatSentAt("not a time")).toBe("not a time");
  });
});

describe("describeChannels", () => {
  it("names each channel the patient consented to", () => {
    expect(describeChannels({ channels: ["sms"] })).toBe("Text message");
    expect(describeChannels({ channels: ["sms", "email"] })).toBe("Text message and email");
  });

  it("says the practice will get in touch when there is no text or email", () => {
    expect(describeChannels({ channels: [] })).toBe(
      "No text or email: the practice will contact them another way",
    );
  });

  it("says channels still to be chosen from consent are chosen when it goes, not that there are none", () => {
    expect(describeChannels({ channels: [], channelsAtSending: true })).toBe(
      "Text or email, as they agree when it is sent",
    );
  });
});

describe("labels", () => {
  it("words statuses and kinds for people", () => {
    expect(statusLabels.pending).toBe("Waiting to be sent");
    expect(describeKind("booking-confirmed")).toBe("Booking confirmed");
    expect(describeKind("")).toBe("Message");
    expect(firstName("Amira Hussain")).toBe("Amira");
  });
});

describe("describeStatus", () => {
  const base = {
    id: "m1",
    kind: "booking-confirmed",
    channels: ["sms", "email"] as ("sms" | "email")[],
    text: "t",
    createdAt: "2026-12-08T07:00:00.000Z",
  };
  const at = "2026-12-08T07:00:01.000Z";

  it("says what happened on each channel once delivery has settled", () => {
    expect(
      describeStatus({
        ...base,
        status: "sent",
        deliveries: [
          { channel: "sms", outcome: "sent", at },
          { channel: "email", outcome: "no-address", at },
        ],
      }),
    ).toBe("Sent (text message; email: no address on file)");
    expect(
      describeStatus({
        ...base,
        status: "failed",
        deliveries: [{ channel: "sms", outcome: "no-provider", at }],
      }),
    ).toBe("Could not be sent (text message: no provider set up)");
    expect(
      describeStatus({
        ...base,
        status: "sent",
        deliveries: [
          { channel: "sms", outcome: "consent-withdrawn", at },
          { channel: "email", outcome: "sent", at },
        ],
      }),
    ).toBe("Sent (text message: no longer agreed to; email)");
  });

  it("is the plain status before then, or when nothing was to be sent", () => {
    expect(describeStatus({ ...base, status: "pending" })).toBe("Waiting to be sent");
    expect(describeStatus({ ...base, channels: [], status: "not-sent", deliveries: [] })).toBe(
      "Not sent: no text or email agreed",
    );
  });
});
