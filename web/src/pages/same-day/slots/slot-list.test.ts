import type { OfferedSlot } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { distinctTimes } from "./slot-list.ts";

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
