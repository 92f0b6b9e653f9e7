import type { ReferralQuestionnaire } from "../referrals/questionnaire-model.ts";
import type { RequestType } from "./request-types.ts";

/**
 * A few short questions per type of request, on the questionnaire engine self-referral uses,
 * so practices see the same facts every time. The patient's own words are asked for
 * separately (up to 5,000 characters), never here.
 */
const howLong = {
  linkId: "howLong",
  text: "How long have you had it?",
  type: "choice",
  required: true,
  answerOption: [
    { code: "days", display: "Less than a week" },
    { code: "weeks", display: "1 to 4 weeks" },
    { code: "months", display: "More than a month" },
  ],
} as const;

const gettingWorse = {
  linkId: "gettingWorse",
  text: "Is it getting worse?",
  type: "boolean",
  required: true,
} as const;

function questionnaire(type: RequestType, title: string, item: ReferralQuestionnaire["item"]) {
  return {
    id: `advice-${type}`,
    version: 1,
    title,
    item,
    rules: [],
  } satisfies ReferralQuestionnaire;
}

export const requestQuestionnaires: Readonly<Record<RequestType, ReferralQuestionnaire>> = {
  "new-problem": questionnaire("new-problem", "A new problem", [
    howLong,
    gettingWorse,
    {
      linkId: "triedSelfCare",
      text: "Have you tried anything for it, like medicine from a pharmacy?",
      type: "boolean",
      required: true,
    },
  ]),
  "ongoing-problem": questionnaire("ongoing-problem", "An ongoing problem", [
    howLong,
    gettingWorse,
    {
      linkId: "seenBefore",
      text: "Have you spoken to the practice about it before?",
      type: "boolean",
      required: true,
    },
  ]),
  "medication-question": questionnaire("medication-question", "A question about medication", [
    {
      linkId: "medicineName",
      text: "Which medicine is it about?",
      type: "string",
      required: true,
      maxLength: 200,
    },
    {
      linkId: "about",
      text: "What is your question about?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "side-effects", display: "Side effects" },
        { code: "dose", display: "How much or when to take it" },
        { code: "stopping", display: "Stopping or changing it" },
        { code: "other", display: "Something else" },
      ],
    },
  ]),
  "fit-note": questionnaire("fit-note", "A fit note", [
    {
      linkId: "kind",
      text: "Is this a new fit note or to extend one?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "new", display: "A new fit note" },
        { code: "extend", display: "To extend a fit note I have" },
      ],
    },
    { linkId: "offSince", text: "When did you first stay off work?", type: "date", required: true },
  ]),
  "test-results": questionnaire("test-results", "Test results", [
    {
      linkId: "whichTest",
      text: "Which test was it?",
      type: "string",
      required: true,
      maxLength: 200,
    },
    { linkId: "testDate", text: "When was the test?", type: "date" },
  ]),
  "repeat-prescription-query": questionnaire(
    "repeat-prescription-query",
    "A question about a repeat prescription",
    [
      {
        linkId: "medicineName",
        text: "Which medicine is it about?",
        type: "string",
        required: true,
        maxLength: 200,
      },
      {
        linkId: "runningOut",
        text: "Will you run out in the next 3 days?",
        type: "boolean",
        required: true,
      },
    ],
  ),
  "letter-or-form": questionnaire("letter-or-form", "A letter or form", [
    {
      linkId: "whatFor",
      text: "What is the letter or form for?",
      type: "string",
      required: true,
      maxLength: 200,
    },
    { linkId: "neededBy", text: "When do you need it by?", type: "date" },
  ]),
  "referral-question": questionnaire("referral-question", "A question about a referral", [
    {
      linkId: "service",
      text: "Which service or hospital were you referred to?",
      type: "string",
      required: true,
      maxLength: 200,
    },
  ]),
  "something-else": questionnaire("something-else", "Something else", [
    {
      linkId: "about",
      text: "What is it about?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "registration", display: "Registering or my details" },
        { code: "records", display: "My health record" },
        { code: "other", display: "Something else" },
      ],
    },
  ]),
};
