/**
 * How long a hold waits for the one before it on the same slot in this process before it goes
 * ahead anyway. A turn is one look and at most a few short transactions, tens of milliseconds
 * even in a rush; the bound only stops a stalled turn (a store retrying through throttling)
 * from holding up every patient behind it. Going ahead early is safe: the store's conditions,
 * not the turns, decide who holds a slot.
 */
export const holdTurnWaitMs = 1_000;

/**
 * Holds of one slot, taken one at a time within this process, in the order they arrived.
 *
 * A function that serves many requests at once (the local runner; Lambda Managed Instances,
 * which send a Node.js environment dozens of concurrent requests) otherwise sends DynamoDB a look
 * and a transaction for every patient who asks for the same time in the same moment, and all but
 * one transaction is refused. In turns, the first hold goes to the store and the ones behind it
 * find the slot already sighted as held (recent-reads.ts) and are refused without a call, as
 * they would have been had they arrived a moment later. A hold for another slot never waits.
 * In a Lambda environment that serves one request at a time nobody ever waits.
 */
export function holdTurns(options: { waitMs?: number } = {}) {
  const waitMs = options.waitMs ?? holdTurnWaitMs;
  // Per slot, the end of the last turn asked for: the next one starts after it.
  const lastTurn = new Map<string, Promise<void>>();
  return {
    inTurn: async <T>(slotId: string, turn: () => Promise<T>): Promise<T> => {
      const before = lastTurn.get(slotId);
      let ended!: () => void;
      const mine = new Promise<void>((resolve) => {
        ended = resolve;
      });
      lastTurn.set(slotId, mine);
      try {
        if (before) await endOrTimeout(before, waitMs);
        return await turn();
      } finally {
        ended();
        if (lastTurn.get(slotId) === mine) lastTurn.delete(slotId);
      }
    },
  };
}

/** The turn before ends (as it always does: its end is in a finally), or the wait runs out. */
function endOrTimeout(before: Promise<void>, waitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    before,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
