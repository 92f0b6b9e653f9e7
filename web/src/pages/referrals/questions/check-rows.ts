import type { MyReferralsResponse } from "@front-door/contracts";
import { formatDate } from "../../../lib/format.ts";
import {
  allItems,
  type Questionnaire,
  type QuestionnaireItem,
} from "../../../lib/questionnaire/form-answers.ts";

export interface CheckRow {
  linkId: string;
  question: string;
  answer: string;
}

/** An answer in the words the patient chose it by: a choice's label, Yes/No, a date in words. */
export function answerText(item: QuestionnaireItem, answer: unknown): string {
  if (item.type === "boolean" && typeof answer === "boolean") return answer ? "Yes" : "No";
  if (item.type === "date" && typeof answer === "string" && /^\d{4}-\d{2}-\d{2}$/.test(answer)) {
    return formatDate(answer);
  }
  const option = item.answerOption?.find((o) => o.code === answer);
  return option ? option.display : String(answer);
}

/** One row per question answered, in the order the questions are asked. */
export function checkRows(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): CheckRow[] {
  return allItems(questionnaire.item).flatMap((item) =>
    item.linkId in answers
      ? [
          {
            linkId: item.linkId,
            question: item.text,
            answer: answerText(item, answers[item.linkId]),
          },
        ]
      : [],
  );
}

type MyReferral = MyReferralsResponse["referrals"][number];

/** Stages in which a referral is still being dealt with: another would only queue behind it. */
const openStages = new Set<MyReferral["stage"]>([
  "submitted",
  "accepted",
  "awaiting-information",
  "booked",
]);

/** The patient's most recent referral to this service that is still open, if any. */
export function openReferralTo(
  referrals: readonly MyReferral[],
  serviceId: string,
): MyReferral | undefined {
  return referrals
    .filter((r) => r.serviceId === serviceId && openStages.has(r.stage))
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
}
