import { readDateInput } from "../../../lib/date-input.ts";
import { h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { addDays } from "../../dashboard/london-date.ts";
import { actionForm, actionSection, type SendAction, submitButton } from "./action-form.ts";
import { dateField, formValue, radiosField, textareaField } from "./fields.ts";
import { planEditor } from "./plan-editor.ts";
import { startingPlan } from "./plan-forms.ts";
import type { TeamApplication } from "./team-case.ts";

/** Continue, vary (a new plan version, built here) or end with written reasons and notice. */
export function reviewForm(
  app: TeamApplication,
  today: string,
  noticeDays: number,
  send: SendAction,
) {
  const editor = planEditor({
    idPrefix: "vary",
    icbId: app.icbId,
    budgetPence: app.case.budget?.annualPence ?? 0,
    start: startingPlan(app),
  });
  const varied = h(
    "div",
    { id: "review-vary", hidden: true },
    h("h4", {}, "The varied plan"),
    editor.element,
  );
  const ending = h(
    "div",
    { id: "review-end", hidden: true },
    textareaField("review-reasons", "Written reasons for ending", {
      hint: "The person reads these and may ask for reconsideration.",
    }),
    dateField(
      "review-notice",
      "Notice ends on",
      addDays(today, noticeDays),
      `At least ${noticeDays} days from today.`,
    ),
  );
  const outcome = radiosField("review-outcome", "Outcome", [
    { value: "continue", label: "Continue as it is" },
    {
      value: "vary",
      label: "Vary the plan",
      hint: "A new plan version, signed off and agreed again; the money stays in place meanwhile.",
    },
    { value: "end", label: "End the budget", hint: "With written reasons and notice." },
  ]);
  outcome.addEventListener("change", () => {
    const chosen = (outcome.querySelector("input:checked") as HTMLInputElement | null)?.value;
    varied.hidden = chosen !== "vary";
    ending.hidden = chosen !== "end";
  });
  const ids: Record<string, string> = {
    reviewedOn: "review-date-day",
    notes: "review-notes",
    nextReviewDue: "review-next-day",
    reasons: "review-reasons",
    noticeEnds: "review-notice-day",
    outcome: "review-outcome-continue",
  };
  return actionSection(
    "review",
    "Record a review",
    actionForm(
      "review-form",
      send,
      (form) => {
        const messages: FieldMessage[] = [];
        const chosen = formValue(form, "review-outcome");
        if (chosen !== "continue" && chosen !== "vary" && chosen !== "end") {
          messages.push({
            fieldId: "review-outcome-continue",
            message: "Choose the outcome of the review",
          });
        }
        const reviewed = readDateInput("review-date", "date of the review");
        if (!reviewed.ok) messages.push(reviewed.error);
        const nextTyped = ["day", "month", "year"].some(
          (part) => formValue(form, `review-next-${part}`).trim() !== "",
        );
        const next = nextTyped ? readDateInput("review-next", "next review date") : undefined;
        if (next && !next.ok) messages.push(next.error);
        const notice =
          chosen === "end" ? readDateInput("review-notice", "date the notice ends") : undefined;
        if (notice && !notice.ok) messages.push(notice.error);
        const plan = chosen === "vary" ? editor.read() : undefined;
        if (plan && "messages" in plan) messages.push(...plan.messages);
        if (
          messages.length ||
          !reviewed.ok ||
          (chosen !== "continue" && chosen !== "vary" && chosen !== "end")
        ) {
          return { messages };
        }
        return {
          body: {
            type: "record-review",
            reviewedOn: reviewed.iso,
            outcome: chosen,
            notes: formValue(form, "review-notes"),
            ...(next?.ok ? { nextReviewDue: next.iso } : {}),
            ...(plan && "plan" in plan ? { plan: plan.plan } : {}),
            ...(chosen === "end" ? { reasons: formValue(form, "review-reasons") } : {}),
            ...(notice?.ok ? { noticeEnds: notice.iso } : {}),
          },
        };
      },
      (path) => ids[path] ?? editor.fieldIdFor(path) ?? "review-notes",
      "Review recorded",
      dateField("review-date", "Date of the review", today),
      outcome,
      textareaField("review-notes", "What the review found", { rows: 4 }),
      dateField(
        "review-next",
        "Next review (optional)",
        undefined,
        "At most 12 months after this one; 12 months if left empty.",
      ),
      varied,
      ending,
      submitButton("Record review", "review-button"),
    ),
  );
}
