import type { AdviceRequestRecord } from "@front-door/store";
import { describe, expect, it } from "vitest";
import { holdsToLetGo, spokenTime } from "./appointment-answer.ts";

describe("an appointment as the answer", () => {
  it("writes times in the thread as people read them (NHS style)", () => {
    expect(spokenTime({ localDate: "2026-12-09", localStart: "09:00" })).toBe(
      "Wednesday 9 December at 9am",
    );
    expect(spokenTime({ localDate: "2026-12-09", localStart: "14:30" })).toBe(
      "Wednesday 9 December at 2:30pm",
    );
    expect(spokenTime({ localDate: "2026-12-09", localStart: "12:00" })).toBe(
      "Wednesday 9 December at midday",
    );
    expect(spokenTime({ localDate: "2026-12-09", localStart: "00:15" })).toBe(
      "Wednesday 9 December at 12:15am",
    );
  });

  it("lets go of every offered hold but the ones kept", () => {
    const time = (slotId: string) => ({ slotId }) as never;
    const request = {
      offer: { times: [time("a"), time("b"), time("c")] },
    } as unknown as AdviceRequestRecord;
    expect(holdsToLetGo(request, ["b"])).toEqual(["a", "c"]);
    expect(holdsToLetGo({} as AdviceRequestRecord, [])).toEqual([]);
  });
});
