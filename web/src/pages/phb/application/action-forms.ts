import { HoldingPreference, type PhbPatientAction } from "@front-door/contracts";
import { type PhbStage, reconsiderationSubjects } from "@front-door/domain";
import { h } from "../../../lib/dom.ts";
import {
  currentPlan,
  type PatientActionKind,
  type PatientCase,
  reconsiderationSubjectsAt,
} from "../../../lib/phb/phb-case.ts";
import { holdingLabels, reconsiderationLabels } from "../../../lib/phb/phb-labels.ts";

/**
 * The forms for what the applicant can do now, one per action, each sending one action. The
 * page reads a form into its action with `readAction` and posts it.
 */

const textareaGroup = (id: string, label: string, hint?: string) =>
  h(
    "div",
    { class: "nhsuk-form-group" },
    h("label", { class: "nhsuk-label nhsuk-label--s", for: id }, label),
    hint ? h("div", { class: "nhsuk-hint", id: `${id}-hint` }, hint) : null,
    h("textarea", {
      class: "nhsuk-textarea",
      id,
      name: id,
      rows: 4,
      ...(hint ? { "aria-describedby": `${id}-hint` } : {}),
    }),
  );

function radios(name: string, legend: string, items: { value: string; label: string }[]) {
  return h(
    "div",
    { class: "nhsuk-form-group" },
    h(
      "fieldset",
      { class: "nhsuk-fieldset" },
      h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s" }, legend),
      h(
        "div",
        { class: "nhsuk-radios" },
        ...items.map((item) =>
          h(
            "div",
            { class: "nhsuk-radios__item" },
            h("input", {
              class: "nhsuk-radios__input",
              id: `${name}-${item.value}`,
              name,
              type: "radio",
              value: item.value,
            }),
            h(
              "label",
              { class: "nhsuk-label nhsuk-radios__label", for: `${name}-${item.value}` },
              item.label,
            ),
          ),
        ),
      ),
    ),
  );
}

const button = (id: string, text: string, secondary = false) =>
  h(
    "button",
    {
      class: `nhsuk-button${secondary ? " nhsuk-button--secondary" : ""}`,
      type: "submit",
      id,
    },
    text,
  );

const form = (kind: PatientActionKind, heading: string, ...children: (HTMLElement | null)[]) =>
  h(
    "form",
    { id: `form-${kind}`, "data-action": kind, novalidate: true },
    h("h3", {}, heading),
    ...children,
  );

export function actionForm(
  kind: PatientActionKind,
  stage: PhbStage,
  phb: PatientCase,
): HTMLElement {
  switch (kind) {
    case "answer-information": {
      const open = phb.informationRequests.find((r) => !r.answeredAt);
      return form(
        kind,
        "Answer the PHB team's question",
        open ? h("p", { class: "nhsuk-inset-text", id: "open-question" }, open.question) : null,
        textareaGroup("information-answer", "Your answer"),
        h(
          "div",
          { class: "nhsuk-form-group" },
          h(
            "label",
            { class: "nhsuk-label nhsuk-label--s", for: "answer-file" },
            "Add a document (optional)",
          ),
          h(
            "div",
            { class: "nhsuk-hint", id: "answer-file-hint" },
            "PDF, JPEG or PNG, up to 10MB each, up to 5 files.",
          ),
          h("input", {
            class: "nhsuk-file-upload",
            id: "answer-file",
            name: "answer-file",
            type: "file",
            accept: "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png",
            "aria-describedby": "answer-file-hint",
          }),
        ),
        h(
          "button",
          {
            class: "nhsuk-button nhsuk-button--secondary",
            type: "button",
            id: "answer-upload",
          },
          "Upload file",
        ),
        h("div", { id: "answer-documents", "aria-live": "polite" }),
        button("send-answer", "Send answer"),
      );
    }
    case "agree-plan":
      return form(
        kind,
        "Agree your plan",
        h(
          "p",
          {},
          "If the plan is right for you, agree it. The ICB also signs it off, then the money is set up.",
        ),
        button("agree-plan", "Agree this plan"),
      );
    case "ask-for-changes":
      return form(
        kind,
        "Or ask for changes",
        textareaGroup(
          "changes-comments",
          "What would you like changed, and why?",
          "For example, something missing, a provider you would rather use, or an outcome in different words.",
        ),
        button("ask-for-changes", "Ask for changes", true),
      );
    case "choose-holding":
      return form(
        kind,
        "How would you like to hold the money?",
        h(
          "p",
          {},
          "You can change your choice until the money is set up. For a mix, the PHB team agrees with you how much goes each way.",
        ),
        radios(
          "holding-choice",
          "How would you like to hold the money?",
          (["notional", "third-party", "direct-payment", "mix", "not-sure"] as const).map(
            (way) => ({
              value: way,
              label: holdingLabels[way].label,
            }),
          ),
        ),
        button("choose-holding", "Save my choice", true),
      );
    case "ask-reconsideration":
      return form(
        kind,
        "Ask for a decision to be reconsidered",
        h("p", {}, "The PHB team looks at it again and writes to you with their reasons."),
        radios(
          "reconsider-subject",
          "What would you like reconsidered?",
          reconsiderationSubjectsAt(stage).map((s) => ({
            value: s,
            label: reconsiderationLabels[s],
          })),
        ),
        textareaGroup("reconsider-reasons", "Why should it be reconsidered?"),
        button("ask-reconsideration", "Ask for reconsideration", true),
      );
    case "withdraw":
      return form(
        kind,
        "Withdraw this application",
        h(
          "p",
          {},
          "If you no longer want a personal health budget, you can withdraw. You can apply again later.",
        ),
        textareaGroup("withdraw-reason", "Why are you withdrawing? (optional)"),
        h(
          "div",
          { id: "withdraw-confirm", hidden: true, class: "nhsuk-warning-callout" },
          h(
            "h4",
            { class: "nhsuk-warning-callout__label" },
            h(
              "span",
              { role: "text" },
              h("span", { class: "nhsuk-u-visually-hidden" }, "Important: "),
              "Are you sure?",
            ),
          ),
          h("p", {}, "The PHB team stops work on this application."),
          button("withdraw-yes", "Yes, withdraw my application", false),
          " ",
          h(
            "button",
            { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: "withdraw-no" },
            "No, keep it",
          ),
        ),
        h(
          "button",
          { class: "nhsuk-button nhsuk-button--warning", type: "button", id: "withdraw-start" },
          "Withdraw application",
        ),
      );
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

const value = (id: string) =>
  (document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null)?.value.trim() ??
  "";
const checked = (name: string) =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

/** The action a form sends, or the message for the one field the page can tell is missing. */
export function readAction(
  kind: PatientActionKind,
  phb: PatientCase,
  /** Documents uploaded for an answer, in the order added. */
  answerDocumentIds: readonly string[] = [],
): { action: PhbPatientAction } | { fieldId: string; message: string } {
  switch (kind) {
    case "answer-information":
      return value("information-answer")
        ? {
            action: {
              type: kind,
              answer: value("information-answer"),
              ...(answerDocumentIds.length ? { documentIds: [...answerDocumentIds] } : {}),
            },
          }
        : { fieldId: "information-answer", message: "Enter your answer" };
    case "agree-plan":
      return { action: { type: kind, version: currentPlan(phb)?.version ?? 0 } };
    case "ask-for-changes":
      return value("changes-comments")
        ? {
            action: {
              type: kind,
              version: currentPlan(phb)?.version ?? 0,
              comments: value("changes-comments"),
            },
          }
        : { fieldId: "changes-comments", message: "Enter what you would like changed" };
    case "choose-holding": {
      const preference = HoldingPreference.safeParse(checked("holding-choice"));
      return preference.success
        ? { action: { type: kind, preference: preference.data } }
        : {
            fieldId: "holding-choice-notional",
            message: "Select how you would like to hold the money",
          };
    }
    case "ask-reconsideration": {
      const subject = reconsiderationSubjects.find((s) => s === checked("reconsider-subject"));
      const first = document.querySelector<HTMLInputElement>('input[name="reconsider-subject"]');
      if (!subject)
        return {
          fieldId: first?.id ?? "reconsider-reasons",
          message: "Select what you would like reconsidered",
        };
      return value("reconsider-reasons")
        ? { action: { type: kind, subject, reasons: value("reconsider-reasons") } }
        : { fieldId: "reconsider-reasons", message: "Enter why it should be reconsidered" };
    }
    case "withdraw":
      return {
        action: {
          type: kind,
          ...(value("withdraw-reason") ? { reason: value("withdraw-reason") } : {}),
        },
      };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The field an API error path names, within the form that sent it. */
export function fieldIdForPath(kind: PatientActionKind, path: string): string {
  const field = path.split(".").at(-1) ?? "";
  const ids: Record<string, string> = {
    answer: "information-answer",
    comments: "changes-comments",
    reasons: kind === "withdraw" ? "withdraw-reason" : "reconsider-reasons",
    reason: "withdraw-reason",
    preference: "holding-choice-notional",
    documentIds: "answer-file",
  };
  return ids[field] ?? `form-${kind}`;
}
