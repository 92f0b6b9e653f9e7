import { requestTypeNames } from "@front-door/domain";
import { emergencySignLabel } from "../../../lib/advice/emergency-signs.ts";
import { answerRows } from "../../../lib/advice/problem-summary.ts";
import type { AdviceDraft, AdviceStep } from "../../../lib/advice/request-draft.ts";
import { type Child, h, visuallyHidden } from "../../../lib/dom.ts";

/** Where a "Change" link goes: a page, and which problem it is about. */
export interface ChangeTarget {
  step: AdviceStep;
  problem: number;
}

const contactMethods = {
  phone: "Phone call",
  text: "Text message",
  email: "Email",
  online: "A message here only",
} as const;

function change(target: ChangeTarget, what: string): HTMLElement {
  return h(
    "a",
    { href: "#", "data-change": target.step, "data-problem": target.problem },
    "Change",
    visuallyHidden(` ${what}`),
  );
}

interface Row {
  key: string;
  value: Child | Child[];
  change?: ChangeTarget;
}

function list(rows: readonly Row[], id: string): HTMLElement {
  return h(
    "dl",
    { class: "nhsuk-summary-list", id },
    ...rows.map((row) =>
      h(
        "div",
        { class: "nhsuk-summary-list__row" },
        h("dt", { class: "nhsuk-summary-list__key" }, row.key),
        h(
          "dd",
          { class: "nhsuk-summary-list__value" },
          ...(Array.isArray(row.value) ? row.value : [row.value]),
        ),
        row.change
          ? h(
              "dd",
              { class: "nhsuk-summary-list__actions" },
              change(row.change, row.key.toLowerCase()),
            )
          : h("dd", { class: "nhsuk-summary-list__actions" }),
      ),
    ),
  );
}

/** Text the patient typed, shown as text with its line breaks. */
const ownWords = (text: string) => h("span", { class: "app-own-words" }, text);

/** "Check your answers": everything the practice will get, each with its way to change it. */
export function checkAnswers(draft: AdviceDraft): Child[] {
  const whoFor =
    draft.who === "someone-i-care-for"
      ? `${draft.them.name}${draft.them.relationship ? ` (${draft.them.relationship})` : ""}${draft.them.underSixteen === "yes" ? ", under 16" : ""}`
      : "Me";
  const signs = draft.signs?.length
    ? draft.signs.map(emergencySignLabel).join(", ")
    : "None of these";
  const problems = draft.problems.flatMap((problem, index) => {
    if (!problem.type) return [];
    const at = (step: AdviceStep) => ({ step, problem: index });
    const removable = draft.problems.length > 1;
    return [
      h(
        "h2",
        { class: "nhsuk-heading-m" },
        draft.problems.length > 1 ? `Problem ${index + 1}` : "Your request",
      ),
      list(
        [
          {
            key: "What it is about",
            value: requestTypeNames[problem.type],
            change: at("category"),
          },
          ...answerRows(problem.type, problem.values).map((row) => ({
            key: row.question,
            value: row.answer,
            change: at("questions"),
          })),
          { key: "In your own words", value: ownWords(problem.description), change: at("words") },
        ],
        `check-problem-${index + 1}`,
      ),
      removable
        ? h(
            "p",
            {},
            h("a", { href: "#", "data-remove-problem": index }, `Remove problem ${index + 1}`),
          )
        : undefined,
    ];
  });
  const c = draft.contact;
  return [
    h("h1", {}, "Check your answers before sending your request"),
    list(
      [
        { key: "Who it is for", value: whoFor, change: { step: "who", problem: 0 } },
        { key: "Signs of an emergency", value: signs },
      ],
      "check-who",
    ),
    ...problems,
    h("h2", { class: "nhsuk-heading-m" }, "Photos and documents"),
    list(
      [
        {
          key: "Files",
          value: draft.documents.length
            ? h(
                "ul",
                { class: "nhsuk-list" },
                ...draft.documents.map((d) => h("li", {}, d.fileName)),
              )
            : "None",
          change: { step: "files", problem: 0 },
        },
      ],
      "check-files",
    ),
    h("h2", { class: "nhsuk-heading-m" }, "How to contact you"),
    list(
      c
        ? [
            {
              key: "Contact by",
              value: contactMethods[c.method],
              change: { step: "contact", problem: 0 },
            },
            ...(c.phone
              ? [{ key: "Phone", value: c.phone, change: { step: "contact" as const, problem: 0 } }]
              : []),
            ...(c.times
              ? [
                  {
                    key: "Best times to call",
                    value: c.times,
                    change: { step: "contact" as const, problem: 0 },
                  },
                ]
              : []),
            ...(c.preferredClinician
              ? [
                  {
                    key: "Preferred GP or nurse",
                    value: c.preferredClinician,
                    change: { step: "contact" as const, problem: 0 },
                  },
                ]
              : []),
          ]
        : [
            {
              key: "Contact by",
              value: "As in your details",
              change: { step: "contact", problem: 0 },
            },
          ],
      "check-contact",
    ),
    h("h2", { class: "nhsuk-heading-m" }, "Now send your request"),
    h(
      "p",
      {},
      "Your practice will read what you have told us. If anything you wrote means you may need help sooner, we will tell you straight away.",
    ),
  ];
}
