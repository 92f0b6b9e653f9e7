import {
  allQuestions,
  answersStillNeeded,
  contactRouteIds,
  currentTriageQuestionnaire,
  type Question,
  type Questionnaire,
  type RedFlagId,
  redFlagIds,
  type ScreeningCategory,
  screeningCategories,
  type TriageAnswersTo,
  urgencyOrder,
  yesNo,
} from "@front-door/domain";
import * as z from "zod/mini";

/**
 * The same-day triage contract. The answer schema is built from the questionnaire data, so
 * its fields are the question ids and its messages are the questionnaire's own: the web maps
 * each error to its input by path, and wording lives in one place.
 */

const nonEmpty = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

const RedFlagIdSchema = z.enum(nonEmpty<RedFlagId>(redFlagIds));
const ScreeningCategorySchema = z.enum(
  nonEmpty(Object.keys(screeningCategories) as ScreeningCategory[]),
);

/**
 * On a diversion raised by the patient's own words (categories only, never the words): the
 * web may offer "this is not what I meant", which sends the answers again with
 * freeTextNotEmergency.
 */
export const FreeTextDiversion = z.object({ categories: z.array(ScreeningCategorySchema) });

function answerField(question: Question) {
  switch (question.kind) {
    case "yes-no":
      return z.optional(z.enum(nonEmpty(yesNo), { error: question.errorMessage }));
    case "choice":
      return z.optional(
        z.enum(nonEmpty(question.options.map((option) => option.value)), {
          error: question.errorMessage,
        }),
      );
    case "text":
      return z.optional(
        z
          .string({ error: question.errorMessage })
          .check(z.trim(), z.maxLength(question.maxLength, question.tooLongMessage)),
      );
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind: ${JSON.stringify(unknownKind)}`);
    }
  }
}

/**
 * Answers to one questionnaire version, one message per field. Each field on its own only
 * checks a given value; which questions must be answered depends on earlier answers (who the
 * appointment is for), so one check over the whole object reports the missing ones, skipping
 * any field already refused for its value: one message per field.
 */
export function triageAnswersSchema<Q extends Questionnaire>(
  questionnaire: Q,
): z.ZodMiniType<TriageAnswersTo<Q> & FreeTextConfirmation> {
  const shape: Record<string, ReturnType<typeof answerField>> = Object.fromEntries(
    allQuestions(questionnaire).map((question) => [question.id, answerField(question)]),
  );
  const schema = z
    .object({
      questionnaireVersion: z.literal(questionnaire.version, {
        error: "These questions have changed. Go back to the start and answer them again",
      }),
      ...shape,
      freeTextNotEmergency: z.optional(
        z.boolean({ error: "Say whether what you wrote is an emergency" }),
      ),
    })
    .check(
      z.superRefine(
        (value, ctx) => {
          const answers: Record<string, unknown> = value;
          // A field already refused for its value ("" for yes/no) is not reported again.
          const refused = new Set(ctx.issues.map((issue) => issue.path?.[0]));
          for (const problem of answersStillNeeded(questionnaire, answers)) {
            if (refused.has(problem.path)) continue;
            ctx.addIssue({
              code: "custom",
              path: [problem.path],
              message: problem.message,
              input: answers[problem.path],
            });
          }
        },
        // Run even when some fields have wrong values, so every missing answer shows at once.
        { when: (payload) => typeof payload.value === "object" && payload.value !== null },
      ),
    );
  // The shape is built at run time from data; its static type comes from the data's literal type.
  return schema as unknown as z.ZodMiniType<TriageAnswersTo<Q> & FreeTextConfirmation>;
}

/**
 * Sent again with the same answers after a diversion raised by the patient's own words, when
 * they say that is not what they meant: the request goes on, marked urgent for the practice.
 * It never overrides a "yes" to a red-flag question.
 */
export interface FreeTextConfirmation {
  freeTextNotEmergency?: boolean;
}

export const TriageAnswers = triageAnswersSchema(currentTriageQuestionnaire);
export type TriageAnswers = z.infer<typeof TriageAnswers>;

// The questionnaire, served by the API so the web renders questions from it, not a copy.

const ShowWhen = z.object({ question: z.string(), answer: z.string() });

const TriageQuestion = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("yes-no"),
    id: z.string(),
    label: z.string(),
    hint: z.optional(z.string()),
    redFlag: RedFlagIdSchema,
    errorMessage: z.string(),
  }),
  z.object({
    kind: z.literal("choice"),
    id: z.string(),
    label: z.string(),
    hint: z.optional(z.string()),
    options: z.array(z.object({ value: z.string(), label: z.string() })),
    errorMessage: z.string(),
  }),
  z.object({
    kind: z.literal("text"),
    id: z.string(),
    label: z.string(),
    hint: z.optional(z.string()),
    maxLength: z.number(),
    errorMessage: z.string(),
    tooLongMessage: z.string(),
  }),
]);
export type TriageQuestion = z.infer<typeof TriageQuestion>;

export const TriageQuestionnaire = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      hint: z.optional(z.string()),
      showWhen: z.optional(ShowWhen),
      questions: z.array(TriageQuestion),
    }),
  ),
});
export type TriageQuestionnaire = z.infer<typeof TriageQuestionnaire>;

// The outcome of submitting the answers.

export const TriageContactRoute = z.object({
  id: z.enum(contactRouteIds),
  title: z.string(),
  description: z.string(),
  href: z.optional(z.string()),
});
export type TriageContactRoute = z.infer<typeof TriageContactRoute>;

export const TriageAdvice = z.object({
  action: z.enum(nonEmpty(urgencyOrder)),
  heading: z.string(),
  reasons: z.array(z.string()),
  steps: z.array(z.string()),
  crisisSupport: z.array(TriageContactRoute),
  accessibleRoutes: z.array(TriageContactRoute),
  ifUnsure: z.array(TriageContactRoute),
});
export type TriageAdvice = z.infer<typeof TriageAdvice>;

export const TriageOutcome = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("red-flag"),
    flags: z.array(RedFlagIdSchema),
    advice: TriageAdvice,
    /** Present when the patient's words raised the flags, not a "yes". */
    freeText: z.optional(FreeTextDiversion),
  }),
  z.object({
    kind: z.literal("proceed"),
    // No free text: the patient already has it, and responses can end up in logs.
    summary: z.object({
      questionnaireId: z.string(),
      questionnaireVersion: z.number(),
      appointmentFor: z.enum(["myself", "child"]),
      duration: z.string(),
    }),
    /** The patient's words read as an emergency and they said not: the practice sees it urgent. */
    urgent: z.optional(z.literal(true)),
  }),
]);
export type TriageOutcome = z.infer<typeof TriageOutcome>;
