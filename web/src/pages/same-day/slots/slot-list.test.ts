import type { OfferedSlot } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { distinctTimes, withLaterTimes } from "./slot-list.ts";

const slot = (id: string, localStart: string, channel: OfferedSlot["channel"] = "in-person") =>
  ({
    id,
    siteId: "site-a",
    channel,
    start: `2026-12-02T${localStart}:00.000Z`,
    end: `2026-12-02T${localStart}:00.000Z`,
    localDate: "2026-12-02",
    localStart,
    localEnd: localStart,
  }) satisfies OfferedSlot;

describe("distinctTimes", () => {
  it("shows a time once where a clinic has two places, keeping the first", () => {
    const times = distinctTimes([slot("a", "17:30"), slot("b", "17:30"), slot("c", "17:45")]);
    expect(times.map((s) => s.id)).toEqual(["a", "c"]);
  });

  it("keeps the same time on another channel or day", () => {
    const nextDay = { ...slot("d", "17:30"), localDate: "2026-12-03" };
    const times = distinctTimes([slot("a", "17:30"), slot("b", "17:30", "video"), nextDay]);
    expect(times.map((s) => s.id)).toEqual(["a", "b", "d"]);
  });
});

describe("withLaterTimes", () => {
  const site = {
    id: "site-a",
    name: "A",
    address: { lines: ["1 Road"], town: "Leeds", postcode: "LS1 1AA" },
    phone: "0113",
    registered: true,
    distance: { km: 0, miles: 0 },
  };

  it("adds a later page's times after the site's own, channel by channel, and keeps its next page", () => {
    const entry = {
      site,
      channels: [{ channel: "in-person" as const, slots: [slot("a", "09:00")] }],
      laterAfter: "2026-12-02T09:00:00.000Z",
    };
    const later = {
      site,
      channels: [
        { channel: "in-person" as const, slots: [slot("b", "10:00")] },
        { channel: "video" as const, slots: [slot("c", "10:30", "video")] },
      ],
      laterAfter: "2026-12-02T10:30:00.000Z",
    };
    const merged = withLaterTimes(entry, later);
    expect(merged.channels.map((c) => [c.channel, c.slots.map((s) => s.id)])).toEqual([
      ["in-person", ["a", "b"]],
      ["video", ["c"]],
    ]);
    expect(merged.laterAfter).toBe("2026-12-02T10:30:00.000Z");
  });

  it("has no next page when the later page was the last, or nothing was later", () => {
    const entry = { site, channels: [], laterAfter: "2026-12-02T09:00:00.000Z" };
    expect(withLaterTimes(entry, { site, channels: [] }).laterAfter).toBeUndefined();
    expect(withLaterTimes(entry, undefined).laterAfter).toBeUndefined();
  });
});
