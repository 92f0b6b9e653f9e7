import {
  type AnswerOption,
  type EligibilityRule,
  type EnableWhen,
  enableBehaviors,
  enableWhenOperators,
  itemTypes,
  type LoadedQuestionnaire,
  loadQuestionnaire,
  maxFreeTextLength,
  QuestionnaireDefinitionError,
  type QuestionnaireItem,
  type ReferralQuestionnaire,
  type ResponseProblemCode,
  ruleOutcomeKinds,
  validateResponse,
} from "@front-door/domain";
import * as z from "zod/mini";

/**
 * Self-referral questionnaires on the wire. The API serves a service's questionnaire and the
 * web renders it, shows and hides questions with the same readAnswers the server uses, and
 * checks answers with the same validateResponse: one definition, one set of rules, and the
 * server decides again whatever the browser showed.
 */
export { readAnswers, validateResponse } from "@front-door/domain";

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const AnswerValue = z.union([z.boolean(), z.number(), z.string().check(z.maxLength(200))]);

const EnableWhenSchema = z.strictObject({
  question: text(64),
  operator: z.enum(enableWhenOperators),
  answer: AnswerValue,
});

const AnswerOptionSchema = z.strictObject({ code: text(64), display: text(300) });

// Strict objects: a misspelt key ("enableWhem") is an error, never silently ignored.
export const QuestionnaireItemSchema: z.ZodMiniType<QuestionnaireItem> = z.strictObject({
  linkId: text(64),
  text: text(500),
  type: z.enum(itemTypes),
  hint: z.optional(text(500)),
  required: z.optional(z.boolean()),
  answerOption: z.optional(z.array(AnswerOptionSchema).check(z.maxLength(50))),
  maxLength: z.optional(z.number()),
  minValue: z.optional(z.number()),
  maxValue: z.optional(z.number()),
  enableWhen: z.optional(z.array(EnableWhenSchema).check(z.maxLength(20))),
  enableBehavior: z.optional(z.enum(enableBehaviors)),
  get item() {
    return z.optional(z.array(QuestionnaireItemSchema).check(z.maxLength(100)));
  },
});

export const EligibilityRuleSchema = z.strictObject({
  reasonCode: text(64),
  when: z.array(EnableWhenSchema).check(z.minLength(1), z.maxLength(20)),
  behavior: z.optional(z.enum(enableBehaviors)),
  outcome: z.enum(ruleOutcomeKinds),
  reason: text(1000),
  signpost: text(1000),
});

export const ReferralQuestionnaireSchema = z.strictObject({
  id: text(64),
  version: z.number().check(z.int(), z.minimum(1)),
  title: text(200),
  item: z.array(QuestionnaireItemSchema).check(z.minLength(1), z.maxLength(200)),
  rules: z.array(EligibilityRuleSchema).check(z.maxLength(100)),
});

// The wire shape and the domain's types must stay the same shape, both ways (readonly aside).
type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Frozen<A> ? 1 : 2) extends <T>() => T extends Frozen<B> ? 1 : 2
    ? true
    : never;
const _sameShape: [
  Same<z.infer<typeof EnableWhenSchema>, EnableWhen>,
  Same<z.infer<typeof AnswerOptionSchema>, AnswerOption>,
  Same<z.infer<typeof EligibilityRuleSchema>, EligibilityRule>,
  Same<z.infer<typeof ReferralQuestionnaireSchema>, ReferralQuestionnaire>,
] = [true, true, true, true];

/** zod/mini carries no wording of its own ("Invalid input"), so say what was wrong. */
function whatWentWrong(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_big":
      return `over the limit of ${String(issue.maximum)}`;
    case "too_small":
      return `under the minimum of ${String(issue.minimum)}`;
    default:
      return issue.message;
  }
}

/**
 * A definition from JSON (a file, the store, an admin screen): its shape by the schema, then
 * its meaning by loadQuestionnaire. Either way a problem throws QuestionnaireDefinitionError
 * naming every problem: a broken definition is a bug or a bad publish, never a patient's error.
 */
export function parseReferralQuestionnaire(input: unknown): LoadedQuestionnaire {
  const result = z.safeParse(ReferralQuestionnaireSchema, input);
  if (!result.success) {
    const named = (typeof input === "object" && input !== null ? input : {}) as {
      id?: unknown;
      version?: unknown;
    };
    throw new QuestionnaireDefinitionError(
      named,
      result.error.issues.map(
        (issue) => `${issue.path.join(".") || "(root)"}: ${whatWentWrong(issue)}`,
      ),
    );
  }
  return loadQuestionnaire(result.data);
}

/** Answers keyed by linkId; values are checked against the questionnaire, not here. */
export const ReferralAnswers = z.record(z.string().check(z.maxLength(64)), z.unknown()).check(
  z.refine((answers) => Object.keys(answers).length <= 200, "Too many answers"),
  z.refine(
    (answers) =>
      Object.values(answers).every(
        (value) => typeof value !== "string" || value.length <= 5 * maxFreeTextLength,
      ),
    "An answer is far too long",
  ),
);
export type ReferralAnswers = z.infer<typeof ReferralAnswers>;

/**
 * Answers to one questionnaire, one issue per linkId with the problem's stable code in
 * `params.code`. Missing required answers are left to evaluateSelfReferral unless asked for:
 * it must see an emergency answer before it refuses an incomplete form.
 */
export function referralAnswersSchema(
  questionnaire: LoadedQuestionnaire,
  options: { checkRequired?: boolean } = {},
) {
  return ReferralAnswers.check(
    z.superRefine((answers, ctx) => {
      for (const problem of validateResponse(questionnaire, answers)) {
        if (problem.code === "required" && !options.checkRequired) continue;
        ctx.addIssue({
          code: "custom",
          path: [problem.linkId],
          message: problem.message,
          params: { code: problem.code satisfies ResponseProblemCode },
          input: answers[problem.linkId],
        });
      }
    }),
  );
}
