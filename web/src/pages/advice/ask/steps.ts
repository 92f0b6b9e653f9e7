import { type AdvicePracticeStatus, validateResponse } from "@front-door/contracts";
import {
  maxProblemsPerRequest,
  maxProblemTextLength,
  type RequestCategory,
  type RequestType,
} from "@front-door/domain";
import { emergencySignLabel } from "../../../lib/advice/emergency-signs.ts";
import { answersOf, questionsFor } from "../../../lib/advice/problem-summary.ts";
import {
  type AdviceDraft,
  type AdviceStep,
  type ContactDraft,
  populationOf,
  updateProblem,
} from "../../../lib/advice/request-draft.ts";
import { type Child, h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { questionFieldId } from "../../referrals/questions/form-answers.ts";
import { itemElement } from "../../referrals/questions/question-elements.ts";
import {
  checkboxes as checkboxesElement,
  countedTextarea,
  radios,
  textInput,
} from "./form-parts.ts";

/**
 * The simple pages of "Ask your GP practice": each draws one question from the draft and reads
 * the answer back into it, or says what is wrong. Signs, files and check are in main.ts, where
 * they talk to the API.
 */

export type FormValues = Record<string, string>;
export type StepResult =
  | { ok: true; draft: AdviceDraft; addProblem?: boolean }
  | { ok: false; errors: FieldMessage[] };
export interface StepView {
  body: Child[];
  read: (values: FormValues, all: FormData) => StepResult;
}

const problem = (fieldId: string, message: string): StepResult => ({
  ok: false,
  errors: [{ fieldId, message }],
});

function caption(draft: AdviceDraft): string | undefined {
  return draft.problems.length > 1
    ? `Problem ${draft.current + 1} of ${draft.problems.length}`
    : undefined;
}

const currentProblem = (draft: AdviceDraft) =>
  draft.problems[draft.current] ?? { values: {}, description: "" };

function who(draft: AdviceDraft): StepView {
  return {
    body: [
      radios({
        name: "who",
        question: "Who is this request for?",
        options: [
          { value: "self", label: "Me" },
          {
            value: "someone-i-care-for",
            label: "Someone I care for",
            hint: "For example, your child, or an adult you look after",
          },
        ],
        chosen: draft.who ? [draft.who] : [],
      }),
    ],
    read: (values) => {
      const answer = values.who;
      if (answer !== "self" && answer !== "someone-i-care-for") {
        return problem("who", "Select who this request is for");
      }
      // Someone else may need the other list of emergency signs: ask them again.
      const signs = answer === draft.who ? draft.signs : undefined;
      return { ok: true, draft: { ...draft, who: answer, signs } };
    },
  };
}

function aboutThem(draft: AdviceDraft): StepView {
  return {
    body: [
      h("h1", {}, "About the person you care for"),
      textInput({
        name: "them-name",
        label: "Their full name",
        value: draft.them.name,
        autocomplete: "off",
      }),
      textInput({
        name: "them-relationship",
        label: "How are you related to them? (optional)",
        hint: "For example, parent, son, daughter or carer",
        value: draft.them.relationship,
        width: "nhsuk-input--width-20",
      }),
      radios({
        name: "them-under-16",
        question: "Are they under 16?",
        asHeading: false,
        hint: "Children have their own list of signs of an emergency.",
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        chosen: draft.them.underSixteen ? [draft.them.underSixteen] : [],
      }),
    ],
    read: (values) => {
      const name = (values["them-name"] ?? "").trim();
      const relationship = (values["them-relationship"] ?? "").trim();
      const under = values["them-under-16"];
      const errors: FieldMessage[] = [];
      if (!name) errors.push({ fieldId: "them-name", message: "Enter their full name" });
      else if (name.length > 100)
        errors.push({ fieldId: "them-name", message: "Name must be 100 characters or fewer" });
      if (relationship.length > 60)
        errors.push({
          fieldId: "them-relationship",
          message: "Relationship must be 60 characters or fewer",
        });
      if (under !== "yes" && under !== "no")
        errors.push({ fieldId: "them-under-16", message: "Select yes if they are under 16" });
      if (errors.length || (under !== "yes" && under !== "no")) return { ok: false, errors };
      const signs = under === draft.them.underSixteen ? draft.signs : undefined;
      return {
        ok: true,
        draft: { ...draft, them: { name, relationship, underSixteen: under }, signs },
      };
    },
  };
}

/** "Do you have any of these?": the list for an adult or a child, then "None of these". */
function signs(draft: AdviceDraft, status: AdvicePracticeStatus): StepView {
  const population = populationOf(draft);
  const list = status.emergencySigns[population];
  const question =
    draft.who === "someone-i-care-for"
      ? `Does ${draft.them.name || "the person you care for"} have any of these now?`
      : "Do you have any of these now?";
  return {
    body: [checkboxesFor(question, list, draft.signs)],
    read: (_values, all) => {
      const ticked = all.getAll("signs").map(String);
      if (ticked.length === 0) {
        return problem("signs", "Select any you have, or select none of these");
      }
      const chosen = ticked.filter((s) => s !== "none");
      return { ok: true, draft: { ...draft, signs: chosen } };
    },
  };
}

function checkboxesFor(question: string, list: readonly string[], chosen?: readonly string[]) {
  return checkboxesElement({
    name: "signs",
    question,
    hint: "Select all that apply. If you have any of these, you need help sooner than your practice can reply.",
    options: [
      ...list.map((id) => ({ value: id, label: emergencySignLabel(id) })),
      { value: "none", label: "None of these", exclusive: true },
    ],
    chosen: chosen === undefined ? [] : chosen.length === 0 ? ["none"] : chosen,
  });
}

function category(draft: AdviceDraft, status: AdvicePracticeStatus): StepView {
  const offered = new Set(status.requestTypes.map((t) => t.category));
  const options = [
    {
      value: "medical",
      label: "A medical problem",
      hint: "A new problem, an ongoing problem, or a question about medicine",
    },
    {
      value: "admin",
      label: "Admin",
      hint: "A fit note, test results, a repeat prescription, a letter or form, or a referral",
    },
  ].filter((o) => offered.has(o.value as RequestCategory));
  const p = currentProblem(draft);
  return {
    body: [
      radios({
        name: "category",
        question: "What do you need help with?",
        caption: caption(draft),
        options,
        chosen: p.category ? [p.category] : [],
      }),
    ],
    read: (values) => {
      const chosen = options.find((o) => o.value === values.category)?.value as
        | RequestCategory
        | undefined;
      if (!chosen) return problem("category", "Select what you need help with");
      return {
        ok: true,
        draft: updateProblem(draft, (x) => ({
          ...x,
          category: chosen,
          ...(x.category === chosen ? {} : { type: undefined, values: {} }),
        })),
      };
    },
  };
}

function type(draft: AdviceDraft, status: AdvicePracticeStatus): StepView {
  const p = currentProblem(draft);
  const types = status.requestTypes.filter((t) => t.category === p.category);
  return {
    body: [
      radios({
        name: "type",
        question: p.category === "admin" ? "What is your admin request?" : "What is it about?",
        caption: caption(draft),
        options: types.map((t) => ({ value: t.type, label: t.name })),
        chosen: p.type ? [p.type] : [],
      }),
    ],
    read: (values) => {
      const chosen = types.find((t) => t.type === values.type)?.type as RequestType | undefined;
      if (!chosen) return problem("type", "Select what it is about");
      return {
        ok: true,
        draft: updateProblem(draft, (x) => ({
          ...x,
          type: chosen,
          ...(x.type === chosen ? {} : { values: {} }),
        })),
      };
    },
  };
}

/** The type's short questions, drawn by the questionnaire engine self-referral uses. */
function questions(draft: AdviceDraft): StepView {
  const p = currentProblem(draft);
  const questionnaire = questionsFor(p.type ?? "something-else");
  return {
    body: [
      h(
        "h1",
        {},
        caption(draft) ? h("span", { class: "nhsuk-caption-l" }, caption(draft)) : undefined,
        questionnaire.title,
      ),
      ...questionnaire.item.map(itemElement),
    ],
    read: (values) => {
      const kept: Record<string, string> = {};
      for (const [name, value] of Object.entries(values)) {
        if (name !== "ask-continue") kept[name] = value;
      }
      const type = p.type ?? "something-else";
      const errors = validateResponse(questionnaire, answersOf(type, kept)).map((e) => ({
        fieldId: questionFieldId(e.linkId),
        message: e.message,
      }));
      if (errors.length) return { ok: false, errors };
      return { ok: true, draft: updateProblem(draft, (x) => ({ ...x, values: kept })) };
    },
  };
}

function words(draft: AdviceDraft): StepView {
  const p = currentProblem(draft);
  return {
    body: [
      countedTextarea({
        name: "description",
        question: "Tell us about it in your own words",
        caption: caption(draft),
        hint: "Say what it is, when it started, and what you would like the practice to do. If you are asking about a photo or document, you can add it on a later page.",
        value: p.description,
        max: maxProblemTextLength,
      }),
    ],
    read: (values) => {
      const text = values.description ?? "";
      if (!text.trim()) return problem("description", "Tell us about it in your own words");
      if (text.trim().length > maxProblemTextLength) {
        return problem(
          "description",
          `Use ${maxProblemTextLength.toLocaleString("en-GB")} characters or fewer`,
        );
      }
      return { ok: true, draft: updateProblem(draft, (x) => ({ ...x, description: text })) };
    },
  };
}

function another(draft: AdviceDraft): StepView {
  return {
    body: [
      radios({
        name: "another",
        question: "Do you want to ask about another problem?",
        hint: `You can ask about up to ${maxProblemsPerRequest} problems in one request.`,
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        chosen: [],
      }),
    ],
    read: (values) =>
      values.another === "yes" || values.another === "no"
        ? { ok: true, draft, addProblem: values.another === "yes" }
        : problem("another", "Select yes if you want to ask about another problem"),
  };
}

const methods: { value: ContactDraft["method"]; label: string }[] = [
  { value: "phone", label: "Phone call" },
  { value: "text", label: "Text message" },
  { value: "email", label: "Email" },
  { value: "online", label: "A message here only" },
];

function contact(draft: AdviceDraft): StepView {
  const c = draft.contact ?? { method: "online", phone: "", times: "", preferredClinician: "" };
  return {
    body: [
      radios({
        name: "method",
        question: "How should the practice contact you?",
        hint: "Replies are always here too. We filled this in from your details: change anything that is not right.",
        options: methods,
        chosen: [c.method],
      }),
      textInput({
        name: "phone",
        label: "Phone number (optional)",
        value: c.phone,
        type: "tel",
        autocomplete: "tel",
        width: "nhsuk-input--width-20",
      }),
      textInput({
        name: "times",
        label: "When can you take a call? (optional)",
        hint: "For example, weekdays after 2pm",
        value: c.times,
      }),
      textInput({
        name: "clinician",
        label: "Is there a GP or nurse you would like to see it? (optional)",
        value: c.preferredClinician,
      }),
    ],
    read: (values) => {
      const method = methods.find((m) => m.value === values.method)?.value;
      const phone = (values.phone ?? "").trim();
      const times = (values.times ?? "").trim();
      const preferredClinician = (values.clinician ?? "").trim();
      const errors: FieldMessage[] = [];
      if (!method)
        errors.push({ fieldId: "method", message: "Select how the practice should contact you" });
      if ((method === "phone" || method === "text") && !phone)
        errors.push({ fieldId: "phone", message: "Enter a phone number, or choose another way" });
      if (phone && !/^\+?[\d\s()-]{10,20}$/.test(phone))
        errors.push({ fieldId: "phone", message: "Enter a phone number, like 07700 900123" });
      if (times.length > 200)
        errors.push({ fieldId: "times", message: "Use 200 characters or fewer" });
      if (preferredClinician.length > 100)
        errors.push({ fieldId: "clinician", message: "Use 100 characters or fewer" });
      if (errors.length || !method) return { ok: false, errors };
      return {
        ok: true,
        draft: { ...draft, contact: { method, phone, times, preferredClinician } },
      };
    },
  };
}

/** The simple pages, by step; the rest are drawn in main.ts. */
export function simpleStep(
  step: AdviceStep,
  draft: AdviceDraft,
  status: AdvicePracticeStatus,
): StepView | undefined {
  switch (step) {
    case "who":
      return who(draft);
    case "about-them":
      return aboutThem(draft);
    case "signs":
      return signs(draft, status);
    case "category":
      return category(draft, status);
    case "type":
      return type(draft, status);
    case "questions":
      return questions(draft);
    case "words":
      return words(draft);
    case "another":
      return another(draft);
    case "contact":
      return contact(draft);
    default:
      return undefined;
  }
}
