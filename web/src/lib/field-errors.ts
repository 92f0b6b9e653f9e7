import type { FieldError } from "@front-door/contracts";

export interface FieldMessage {
  /** The id of the input (or first radio or checkbox) the message is about. */
  fieldId: string;
  message: string;
  /**
   * Which question, for screen readers, where the message alone would not say ("Select yes
   * or no" under several questions): added to the summary link, out of sight.
   */
  context?: string;
  /** In a date input, the ids of the boxes that are wrong; every box when absent. */
  highlight?: readonly string[];
}

/**
 * Maps the API's field errors onto the page's inputs, one message per input: the NHS pattern
 * shows a single error per field, and the API may report several (an empty postcode is both
 * "Enter a postcode" and "Enter a real postcode"): the first is the one to act on.
 */
export function fieldMessages(
  fields: readonly FieldError[],
  fallbackMessage: string,
  fieldIdForPath: (path: string) => string,
): FieldMessage[] {
  const errors = fields.length ? fields : [{ path: "", message: fallbackMessage }];
  const seen = new Set<string>();
  const messages: FieldMessage[] = [];
  for (const { path, message } of errors) {
    const fieldId = fieldIdForPath(path);
    if (seen.has(fieldId)) continue;
    seen.add(fieldId);
    messages.push({ fieldId, message });
  }
  return messages;
}
