import { formatPounds } from "@front-door/domain";
import { readDateInput } from "../../../lib/date-input.ts";
import { h } from "../../../lib/dom.ts";
import { readHolding } from "../../../lib/phb-team/holding.ts";
import { holdingWayLabels } from "../../../lib/phb-team/labels.ts";
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
