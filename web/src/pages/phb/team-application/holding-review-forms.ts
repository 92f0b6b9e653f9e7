import { formatPounds } from "@front-door/domain";
import { readDateInput } from "../../../lib/date-input.ts";
import { h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { readHolding } from "../../../lib/phb-team/holding.ts";
import { holdingWayLabels } from "../../../lib/phb-team/labels.ts";
import { addDays } from "../../dashboard/london-date.ts";
import { actionForm, actionSection, type SendAction, submitButton } from "./action-form.ts";
import {
  checkboxField,
  dateField,
  formValue,
  isChecked,
  radiosField,
  textareaField,
  textField,
} from "./fields.ts";
import { planEditor } from "./plan-editor.ts";
import { startingPlan } from "./plan-forms.ts";
import type { TeamApplication } from "./team-case.ts";

const holdingFieldIds: Record<string, string> = {
  "arrangement.organisation": "holding-organisation",
  "arrangement.parts": "holding-mix-notional",
  "arrangement.directPayment": "holding-agreement",
  reasons: "holding-reasons",
};

/** Notional, third party, direct payment (agreement and account) or a mix adding up exactly. */
export function holdingForm(app: TeamApplication, send: SendAction) {
  const budget = app.case.budget?.annualPence ?? 0;
  const current = app.case.holding;
  const preference = app.case.holdingPreference;
  const direct =
    current?.way === "direct-payment"
      ? current
      : current?.way === "mix"
        ? current.directPayment
        : undefined;
  return actionSection(
    "holding",
    current ? "Update how the money is held" : "Record how the money is held",
    h(
      "p",
      {},
      `The person would like: ${holdingWayLabels[preference]}. The budget is ${formatPounds(budget)} a year.`,
    ),
    actionForm(
      "holding-form",
      send,
      (form) => {
        const read = readHolding(
          {
            way: formValue(form, "holding-way"),
            organisation: formValue(form, "holding-organisation"),
            agreementAccepted: isChecked(form, "holding-agreement"),
            accountSetUp: isChecked(form, "holding-account"),
            mix: {
              notional: formValue(form, "holding-mix-notional"),
              thirdParty: formValue(form, "holding-mix-third-party"),
              directPayment: formValue(form, "holding-mix-direct-payment"),
            },
          },
          budget,
        );
        if ("messages" in read) {
          return {
            messages: read.messages.map((m) => ({
              fieldId: m.field === "way" ? "holding-way-notional" : `holding-${m.field}`,
              message: m.message,
            })),
          };
        }
        const reasons = formValue(form, "holding-reasons");
        const { arrangement } = read;
        return {
          body: {
            type: "record-holding",
            // The contract's parts are a plain array; the domain's are read-only.
            arrangement:
              arrangement.way === "mix"
                ? { ...arrangement, parts: [...arrangement.parts] }
                : arrangement,
            ...(reasons.trim() ? { reasons } : {}),
          },
        };
      },
      (path) =>
        holdingFieldIds[path] ??
        (path.startsWith("arrangement.parts") ? "holding-mix-notional" : "holding-way-notional"),
      "Way of holding the money recorded",
      radiosField(
        "holding-way",
        "How is the money held?",
        (["notional", "third-party", "direct-payment", "mix"] as const).map((way) => ({
          value: way,
          label: holdingWayLabels[way],
        })),
        current?.way ?? (preference === "not-sure" ? undefined : preference),
      ),
      textField("holding-organisation", "Organisation holding the money", {
        hint: "For a third party, or the third-party part of a mix",
        value: current?.way === "third-party" ? current.organisation : "",
      }),
      h(
        "div",
        { class: "nhsuk-form-group" },
        h(
          "fieldset",
          { class: "nhsuk-fieldset" },
          h(
            "legend",
            { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" },
            "For a direct payment",
          ),
          h(
            "div",
            { class: "nhsuk-checkboxes" },
            checkboxField(
              "holding-agreement",
              "The direct payment agreement is accepted",
              direct?.agreementAccepted ?? false,
            ),
            checkboxField(
              "holding-account",
              "The account is set up (it holds only this money, with statements)",
              direct?.accountSetUp ?? false,
            ),
          ),
        ),
      ),
      h("h4", {}, "For a mix: the amount each way holds a year"),
      h(
        "p",
        { class: "nhsuk-hint" },
        `Leave a way empty to leave it out. The parts must add up to ${formatPounds(budget)} exactly.`,
      ),
      textField("holding-mix-notional", "Notional", {
        prefix: "£",
        width: "nhsuk-input--width-10",
      }),
      textField("holding-mix-third-party", "Third party", {
        prefix: "£",
        width: "nhsuk-input--width-10",
      }),
      textField("holding-mix-direct-payment", "Direct payment", {
        prefix: "£",
        width: "nhsuk-input--width-10",
      }),
      preference === "direct-payment" &&
        textareaField("holding-reasons", "Why not a direct payment", {
          hint: "Needed only if you are not giving the direct payment they asked for: they read this and may ask for it to be reconsidered.",
        }),
      submitButton("Record how the money is held", "holding-button"),
    ),
  );
}

export function inPlaceForm(today: string, send: SendAction) {
  return actionSection(
    "in-place",
    "Mark the budget as in place",
    actionForm(
      "in-place-form",
      send,
      () => {
        const date = readDateInput("in-place-date", "date the budget was in place");
        return date.ok
          ? { body: { type: "mark-in-place", inPlaceOn: date.iso } }
          : { messages: [date.error] };
      },
      () => "in-place-date-day",
      "Budget in place: first review due within 3 months",
      dateField(
        "in-place-date",
        "In place from",
        today,
        "Today or earlier. The first review falls due within 3 months.",
      ),
      submitButton("Mark as in place", "in-place-button"),
    ),
  );
}

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
