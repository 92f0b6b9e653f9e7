/**
 * When to try a message again after a provider said "not now" (throttling, an outage): the
 * wait doubles with each attempt from one minute to half an hour, so a throttled provider is
 * given minutes to recover rather than having the attempts used up in seconds. Half the wait
 * is fixed and half drawn at random ("equal jitter"), so messages that failed together do not
 * all come back in the same second, and none comes back sooner than half its step.
 */
export const deliveryBackoff = {
  firstWaitMs: 60_000,
  maxWaitMs: 30 * 60_000,
  /** Claims in all: the eighth attempt that still cannot send settles the message as failed. */
  maxAttempts: 8,
} as const;

/** The wait before the next attempt, after `attempts` attempts (1 after the first). */
export function deliveryRetryWaitMs(attempts: number, random: () => number = Math.random): number {
  const step = Math.min(
    deliveryBackoff.maxWaitMs,
    deliveryBackoff.firstWaitMs * 2 ** Math.max(0, attempts - 1),
  );
  return Math.round(step / 2 + random() * (step / 2));
}
