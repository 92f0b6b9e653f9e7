import { describe, expect, it } from "vitest";
import { holdTurns } from "./hold-turns.ts";

/** A promise and the function that settles it, for a turn the test ends when it chooses. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("holds of one slot take turns", () => {
  it("runs one turn of a slot at a time, in the order they were asked for", async () => {
    const { inTurn } = holdTurns();
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const turn = (name: string) =>
      inTurn("slot-1", async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(`${name} starts`);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(`${name} ends`);
        running -= 1;
        return name;
      });
    expect(await Promise.all(["a", "b", "c"].map(turn))).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
    expect(order).toEqual(["a starts", "a ends", "b starts", "b ends", "c starts", "c ends"]);
  });

  it("never makes a hold of another slot wait", async () => {
    const { inTurn } = holdTurns();
    const first = gate();
    const slow = inTurn("slot-1", async () => {
      await first.opened;
      return "slot-1";
    });
    // slot-2's turn ends while slot-1's is still open.
    expect(await inTurn("slot-2", async () => "slot-2")).toBe("slot-2");
    first.open();
    expect(await slow).toBe("slot-1");
  });

  it("ends a turn that failed, passing its error on, and lets the next one run", async () => {
    const { inTurn } = holdTurns();
    const failed = inTurn("slot-1", async () => {
      throw new Error("the store said no");
    });
    const next = inTurn("slot-1", async () => "next");
    await expect(failed).rejects.toThrow("the store said no");
    expect(await next).toBe("next");
  });

  it("goes ahead when the turn before it stalls past the wait, without waiting for it", async () => {
    const { inTurn } = holdTurns({ waitMs: 10 });
    const stalled = gate();
    const stuck = inTurn("slot-1", () => stalled.opened.then(() => "stuck"));
    let stuckEnded = false;
    void stuck.then(() => {
      stuckEnded = true;
    });
    expect(await inTurn("slot-1", async () => "behind it")).toBe("behind it");
    expect(stuckEnded).toBe(false);
    stalled.open();
    expect(await stuck).toBe("stuck");
  });

  it("starts a slot's next turn at once after the last one ended", async () => {
    const { inTurn } = holdTurns({ waitMs: 60_000 });
    await inTurn("slot-1", async () => "first");
    // Were the first turn still counted, this would wait a minute and the test time out.
    expect(await inTurn("slot-1", async () => "second")).toBe("second");
  });
});
