import { type AdvicePracticeStatus, validateResponse } from "@front-door/contracts";
import {
  maxProblemsPerRequest,
  maxProblemTextLength,
  type RequestCategory,
  type RequestType,
} from "@front-door/domain";
import { answersOf, questionsFor } from "../../../lib/advice/problem-summary.ts";
import {
  type AdviceDraft,
  type AdviceStep,
  updateProblem,
} from "../../../lib/advice/request-draft.ts";
import { h } from "../../../lib/dom.ts";
import { questionFieldId } from "../../../lib/questionnaire/form-answers.ts";
import { itemElement } from "../../../lib/questionnaire/question-elements.ts";
import { countedTextarea, radios } from "./form-parts.ts";
import { aboutThem, contact, signs, who } from "./person-steps.ts";
import { problem, type StepView } from "./step-view.ts";

/**
 * The pages about each problem: medical or admin, the type, its questions, the patient's own
 * words, another problem. Files and "Check your answers" are drawn in main.ts.
 */

function caption(draft: AdviceDraft): string | undefined {
  return draft.problems.length > 1
    ? `Problem ${draft.current + 1} of ${draft.problems.length}`
    : undefined;
}

const currentProblem = (draft: AdviceDraft) =>
  draft.problems[draft.current] ?? { values: {}, description: "" };

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
