import type { AdviceDraft } from "../../../lib/advice/request-draft.ts";
import type { Child } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";

/** One page of "Ask your GP practice": what it shows, and how it reads the answer back. */
export type FormValues = Record<string, string>;
export type StepResult =
  | { ok: true; draft: AdviceDraft; addProblem?: boolean }
  | { ok: false; errors: FieldMessage[] };
export interface StepView {
  body: Child[];
  read: (values: FormValues, all: FormData) => StepResult;
}

export const problem = (fieldId: string, message: string): StepResult => ({
  ok: false,
  errors: [{ fieldId, message }],
});
