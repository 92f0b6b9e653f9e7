import { parseReferralQuestionnaire } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { answerText, checkRows, openReferralTo } from "./check-rows.ts";

const questionnaire = parseReferralQuestionnaire({
  id: "q",
  version: 1,
  rules: [],
  title: "Questions",
  item: [
    {
      linkId: "where",
      text: "Where is your problem?",
      type: "choice",
      required: true,
      answerOption: [
        { code: "lower-back", display: "Lower back" },
        { code: "knee", display: "Knee" },
      ],
    },
    { linkId: "injury", text: "Did it start with an injury?", type: "boolean" },
    { linkId: "since", text: "When did it start?", type: "date" },
    { linkId: "story", text: "Tell us about it", type: "text" },
  ],
});

describe("checking answers before a referral is sent", () => {
  it("shows each answer as the patient chose it, in question order, skipping the unanswered", () => {
    const rows = checkRows(questionnaire, {
      since: "2026-11-02",
      where: "lower-back",
      injury: false,
    });
    expect(rows).toEqual([
      { linkId: "where", question: "Where is your problem?", answer: "Lower back" },
      { linkId: "injury", question: "Did it start with an injury?", answer: "No" },
      { linkId: "since", question: "When did it start?", answer: "2 November 2026" },
    ]);
  });

  it("keeps free text as written, markup and all (the page shows it as text)", () => {
    const story = questionnaire.item[3];
    if (!story) throw new Error("missing item");
    expect(answerText(story, "<b>sore</b>")).toBe("<b>sore</b>");
  });

  it("finds the newest open referral to the same service, and ignores closed ones", () => {
    const referral = (id: string, serviceId: string, stage: string, submittedAt: string) =>
      ({
        id,
        reference: id.toUpperCase(),
        serviceId,
        serviceName: "Physiotherapy",
        stage,
        status: "active",
        submittedAt,
        updatedAt: submittedAt,
      }) as Parameters<typeof openReferralTo>[0][number];
    const referrals = [
      referral("a", "physio", "withdrawn", "2026-11-30T09:00:00Z"),
      referral("b", "physio", "submitted", "2026-11-01T09:00:00Z"),
      referral("c", "physio", "booked", "2026-11-20T09:00:00Z"),
      referral("d", "podiatry", "submitted", "2026-12-01T09:00:00Z"),
    ];
    expect(openReferralTo(referrals, "physio")?.id).toBe("c");
    expect(openReferralTo(referrals.slice(0, 1), "physio")).toBeUndefined();
  });
});
