/**
 * One Idempotency-Key per submission: a retry of the same body (a double click, a dropped
 * connection) reuses it, so the API replays its answer instead of acting twice; a changed body
 * (the patient corrected an answer) is a new submission with a new key, which the API requires.
 */
export function submissionKeys(newKey: () => string = () => crypto.randomUUID()) {
  let last: { body: string; key: string } | undefined;
  return (body: unknown): string => {
    const json = JSON.stringify(body);
    if (last?.body !== json) last = { body: json, key: newKey() };
    return last.key;
  };
}
