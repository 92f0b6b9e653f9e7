import { Unprocessable } from "@front-door/domain";
import type { AnsweredBefore, OnceRecord } from "@front-door/store/idempotency-records";

/** A route's answer: its status (the route's own when absent), body and headers. */
export interface Answer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * A request with a record saved inside its transaction. The record looked for as the request
 * arrived is the first answer: a handler that failed, or answered without writing (nothing to
 * create), gives way to what this key was answered before, as Powertools' record-first order
 * does; a write refused on the record (a repeat meanwhile) answers with the record it met.
 */
export async function answerOnce<A extends Answer>(
  once: OnceRecord,
  run: () => Promise<A>,
): Promise<A | Answer> {
  let result: A;
  try {
    result = await run();
  } catch (error) {
    const earlier = isAnsweredBefore(error) ? error : await answeredEarlier(once);
    if (!earlier) throw error;
    return replay(once, earlier);
  }
  if (!once.used) {
    const earlier = await answeredEarlier(once);
    if (earlier) return replay(once, earlier);
  }
  return result;
}

/** Matched by name, so that functions creating nothing never load the store's SDK imports. */
function isAnsweredBefore(error: unknown): error is AnsweredBefore {
  return error instanceof Error && error.name === "AnsweredBefore";
}

/** What the early look for the record found; a failed look is no answer (the write checks). */
function answeredEarlier(once: OnceRecord): Promise<AnsweredBefore | undefined> {
  return once.unanswered.then(
    () => undefined,
    (error: unknown) => (isAnsweredBefore(error) ? error : undefined),
  );
}

/** The stored answer, if it was for this same request; a key reused for another is a 422. */
function replay(once: OnceRecord, earlier: AnsweredBefore): Answer {
  if (earlier.requestHash !== once.requestHash) {
    throw new Unprocessable(
      "This Idempotency-Key was already used for a different request. Use a new key.",
      "idempotency_key_reused",
    );
  }
  return earlier.answer;
}
