import { formatPounds } from "@front-door/domain";
import { readDateInput } from "../../../lib/date-input.ts";
import { h } from "../../../lib/dom.ts";
import { poundsForInput, readPounds } from "../../../lib/phb-team/money.ts";
import { actionForm, actionSection, type SendAction, submitButton } from "./action-form.ts";
import { dateField, formValue, radiosField, textareaField, textField } from "./fields.ts";
import type { TeamApplication } from "./team-case.ts";

const byPath = (ids: Record<string, string>, fallback: string) => (path: string) =>
  ids[path] ?? fallback;

/** Take it, or hand it to a colleague by their user id. */
export function assignForms(app: TeamApplication, myUserId: string | undefined, send: SendAction) {
  const mine = app.case.assigneeId !== undefined && app.case.assigneeId === myUserId;
  return actionSection(
    "assign",
    "Who has it",
    !mine &&
      myUserId !== undefined &&
      actionForm(
        "take-form",
        send,
        () => ({ body: { type: "assign", assigneeId: myUserId } }),
        () => "take-button",
        "You have taken this application",
        submitButton("Take it", "take-button", "secondary"),
      ),
    actionForm(
      "assign-form",
      send,
      (form) => ({ body: { type: "assign", assigneeId: formValue(form, "assignee-id").trim() } }),
      () => "assignee-id",
      "Application assigned",
      textField("assignee-id", "Assign to a colleague", {
        hint: "Their Front Door user id, as it shows in the work queue",
        width: "nhsuk-input--width-20",
      }),
      submitButton("Assign", "assign-button", "secondary"),
    ),
  );
}

export function eligibilityForms(app: TeamApplication, send: SendAction) {
  return actionSection(
    "eligibility",
    "Decide eligibility",
    actionForm(
      "eligible-form",
      send,
      () => ({ body: { type: "decide-eligible" } }),
      () => "eligible-button",
      "Decided eligible",
      h("p", {}, `Route asked for: ${app.routeName}.`),
      submitButton(`Eligible under ${app.routeName}`, "eligible-button"),
    ),
    actionForm(
      "not-eligible-form",
      send,
      (form) => ({
        body: {
          type: "decide-not-eligible",
          reasons: formValue(form, "not-eligible-reasons"),
          signpost: formValue(form, "not-eligible-signpost"),
        },
      }),
      byPath(
        { reasons: "not-eligible-reasons", signpost: "not-eligible-signpost" },
        "not-eligible-reasons",
      ),
      "Decided not eligible",
      textareaField("not-eligible-reasons", "Why they are not eligible", {
        hint: "Written reasons: the person reads these and may ask for the decision to be reconsidered.",
      }),
      textareaField("not-eligible-signpost", "Where to go instead", {
        hint: "For example, adult social care at the council, or their GP practice.",
      }),
      submitButton("Not eligible", "not-eligible-button", "warning"),
    ),
  );
}

export function requestInformationForm(send: SendAction) {
  return actionSection(
    "information",
    "Ask for more information",
    actionForm(
      "request-information-form",
      send,
      (form) => ({
        body: { type: "request-information", question: formValue(form, "information-question") },
      }),
      () => "information-question",
      "More information asked for",
      textareaField("information-question", "What do you need to know?", {
        hint: "The person reads this when they sign in. The application waits for their answer.",
      }),
      submitButton("Ask for information", "request-information-button", "secondary"),
    ),
  );
}

export function assessmentForm(today: string, send: SendAction) {
  return actionSection(
    "assessment",
    "Record the needs assessment",
    actionForm(
      "assessment-form",
      send,
      (form) => {
        const date = readDateInput("assessment-date", "date of the assessment");
        if (!date.ok) return { messages: [date.error] };
        return {
          body: {
            type: "record-assessment",
            date: date.iso,
            summary: formValue(form, "assessment-summary"),
          },
        };
      },
      byPath({ date: "assessment-date-day", summary: "assessment-summary" }, "assessment-summary"),
      "Needs assessment recorded",
      dateField("assessment-date", "Date of the assessment", today),
      textareaField("assessment-summary", "Summary for planning", {
        hint: "For continuing healthcare, what the Decision Support Tool found.",
        rows: 5,
      }),
      submitButton("Record assessment", "assessment-button"),
    ),
  );
}

export function budgetForm(app: TeamApplication, send: SendAction) {
  const current = app.case.budget;
  return actionSection(
    "budget",
    current ? "Change the indicative budget" : "Set the indicative budget",
    current &&
      h(
        "p",
        {},
        `Now ${formatPounds(current.annualPence)} a year. A reduction needs written reasons, and the plan is signed off and agreed again.`,
      ),
    actionForm(
      "budget-form",
      send,
      (form) => {
        const amount = readPounds(formValue(form, "budget-amount"), "annual amount");
        if (!amount.ok)
          return { messages: [{ fieldId: "budget-amount", message: amount.message }] };
        const reasons = formValue(form, "budget-reasons");
        return {
          body: {
            type: "set-budget",
            annualPence: amount.pence,
            basis: formValue(form, "budget-basis"),
            ...(reasons.trim() ? { reasons } : {}),
          },
        };
      },
      byPath(
        { annualPence: "budget-amount", basis: "budget-basis", reasons: "budget-reasons" },
        "budget-amount",
      ),
      "Indicative budget set",
      textField("budget-amount", "Annual amount", {
        prefix: "£",
        width: "nhsuk-input--width-10",
        hint: "In pounds a year, for example 24,000",
        ...(current ? { value: poundsForInput(current.annualPence) } : {}),
      }),
      textareaField("budget-basis", "How it was worked out", {
        hint: "The basis the person sees, for example 21 hours a week of personal care at £22 an hour.",
        ...(current ? { value: current.basis } : {}),
      }),
      current &&
        textareaField("budget-reasons", "Reasons for a reduction", {
          hint: "Only when the amount goes down.",
        }),
      submitButton(current ? "Change budget" : "Set budget", "budget-button"),
    ),
  );
}

export function reconsiderationForm(app: TeamApplication, send: SendAction) {
  const asked = app.case.reconsideration;
  return actionSection(
    "reconsideration",
    "Decide the reconsideration",
    asked &&
      h(
        "p",
        {},
        `They asked for the ${asked.subject.replaceAll("-", " ")} to be reconsidered: “${asked.reasons}”`,
      ),
    actionForm(
      "reconsideration-form",
      send,
      (form) => {
        const outcome = formValue(form, "reconsideration-outcome");
        if (outcome !== "changed" && outcome !== "upheld") {
          return {
            messages: [
              { fieldId: "reconsideration-outcome-changed", message: "Choose changed or upheld" },
            ],
          };
        }
        return {
          body: {
            type: "decide-reconsideration",
            outcome,
            reasons: formValue(form, "reconsideration-reasons"),
          },
        };
      },
      byPath({ reasons: "reconsideration-reasons" }, "reconsideration-outcome-changed"),
      "Reconsideration decided",
      radiosField("reconsideration-outcome", "Decision", [
        { value: "changed", label: "Changed: the decision is put right" },
        { value: "upheld", label: "Upheld: the decision stands" },
      ]),
      textareaField("reconsideration-reasons", "Written reasons", {
        hint: "The person reads these.",
      }),
      submitButton("Record decision", "reconsideration-button"),
    ),
  );
}

export function withdrawForm(send: SendAction) {
  return h(
    "details",
    { class: "nhsuk-details", id: "withdraw" },
    h(
      "summary",
      { class: "nhsuk-details__summary" },
      h("span", { class: "nhsuk-details__summary-text" }, "Withdraw for the person"),
    ),
    h(
      "div",
      { class: "nhsuk-details__text" },
      actionForm(
        "withdraw-form",
        send,
        (form) => {
          const reason = formValue(form, "withdraw-reason");
          return { body: { type: "withdraw", ...(reason.trim() ? { reason } : {}) } };
        },
        () => "withdraw-reason",
        "Application withdrawn",
        h(
          "p",
          {},
          "Only when the person has asked, for example on the phone. It leaves the queue for good.",
        ),
        textareaField("withdraw-reason", "What they said (optional)"),
        submitButton("Withdraw application", "withdraw-button", "warning"),
      ),
    ),
  );
}
