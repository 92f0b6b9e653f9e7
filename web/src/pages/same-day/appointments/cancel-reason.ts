export const cancelReasons = [
  { value: "not-needed", label: "I no longer need it" },
  { value: "feeling-better", label: "I am feeling better" },
  { value: "cannot-make-it", label: "I cannot make it" },
  { value: "other", label: "Another reason" },
] as const;

export type CancelReasonChoice = (typeof cancelReasons)[number]["value"];

/** Field ids the cancel form's errors point at. */
export const cancelFieldIds = { choice: "reason-not-needed", other: "reason-other-text" } as const;

/**
 * The reason sent to the API, or the message to show: the patient's own words for "Another
 * reason", and the label they chose otherwise (what the receptionist will read).
 */
export function cancelReasonText(
  choice: string,
  otherText: string,
): { ok: true; reason: string } | { ok: false; fieldId: string; message: string } {
  const chosen = cancelReasons.find((r) => r.value === choice);
  if (!chosen)
    return { ok: false, fieldId: cancelFieldIds.choice, message: "Select why you are cancelling" };
  if (chosen.value !== "other") return { ok: true, reason: chosen.label };
  const text = otherText.trim();
  if (!text)
    return { ok: false, fieldId: cancelFieldIds.other, message: "Tell us why you are cancelling" };
  return { ok: true, reason: text };
}
