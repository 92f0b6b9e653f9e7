import {
  evaluateSelfReferral,
  loadQuestionnaire,
  QuestionnaireDefinitionError,
  selfReferralServices,
} from "@front-door/domain";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { SelfReferralOutcome } from "./referral-api.ts";
import {
  parseReferralQuestionnaire,
  ReferralQuestionnaireSchema,
  referralAnswersSchema,
} from "./referral-questionnaire.ts";
import {
  ReferralActionRequest,
  SelfReferralSubmission,
  selfReferralServiceSummary,
} from "./referrals.ts";

const physio = selfReferralServices.find((s) => s.id === "armley-msk-physiotherapy");
if (!physio) throw new Error("the catalogue has no Armley physiotherapy");
const questionnaire = loadQuestionnaire(physio.questionnaire);

const problemsOf = (run: () => unknown): readonly string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof QuestionnaireDefinitionError) return error.problems;
    throw error;
  }
  throw new Error("expected a QuestionnaireDefinitionError");
};

describe("questionnaire definitions on the wire", () => {
  it.each(selfReferralServices.map((s) => [s.id, s] as const))(
    "%s: survives JSON and parses back to the same loaded questionnaire",
    (_id, service) => {
      const json = JSON.parse(JSON.stringify(service.questionnaire));
      expect(parseReferralQuestionnaire(json)).toEqual(loadQuestionnaire(service.questionnaire));
    },
  );

  it("refuses a misspelt key rather than ignoring it", () => {
    const json = JSON.parse(JSON.stringify(physio.questionnaire));
    json.item[1].enableWhem = json.item[1].enableWhen;
    expect(problemsOf(() => parseReferralQuestionnaire(json)).join("\n")).toMatch(
      /item\.1.*enableWhem/,
    );
  });

  it("refuses a well-shaped definition whose meaning is wrong, naming the problem", () => {
    const json = JSON.parse(JSON.stringify(physio.questionnaire));
    json.rules[0].when[0].question = "nothing";
    expect(problemsOf(() => parseReferralQuestionnaire(json))).toEqual([
      'rule 1 ("cauda-equina-signs") refers to "nothing", which is not in this questionnaire',
    ]);
  });

  it("names the questionnaire when its shape is wrong", () => {
    expect(() => parseReferralQuestionnaire({ id: "x", version: 2, item: "no" })).toThrow(
      /Questionnaire "x" version 2 is not valid/,
    );
    expect(problemsOf(() => parseReferralQuestionnaire({ id: "x", version: 0, item: [] }))).toEqual(
      [
        "version: under the minimum of 1",
        "title: expected string",
        "item: under the minimum of 1",
        "rules: expected array",
      ],
    );
    expect(() => parseReferralQuestionnaire(null)).toThrow(QuestionnaireDefinitionError);
  });

  it("converts to JSON Schema, nested items and all, for the OpenAPI document", () => {
    const schema = z.toJSONSchema(ReferralQuestionnaireSchema, { io: "input" });
    expect(JSON.stringify(schema)).toContain("linkId");
  });
});

describe("answers", () => {
  const answers = {
    area: "knee",
    hotSwollenJoint: false,
    injury: false,
    painScore: 4,
    description: "Knee pain going up stairs",
  };
  const issuesOf = (input: unknown, options?: { checkRequired?: boolean }) => {
    const result = z.safeParse(referralAnswersSchema(questionnaire, options), input);
    return result.success
      ? []
      : result.error.issues.map(
          (i) =>
            `${i.path.join(".")}: ${(i as { params?: { code?: string } }).params?.code ?? i.code}`,
        );
  };

  it("accepts valid answers", () => {
    expect(issuesOf(answers)).toEqual([]);
  });

  it("gives one issue per linkId with the stable problem code", () => {
    expect(
      issuesOf({
        ...answers,
        painScore: 11,
        injury: "no",
        saddleNumbness: true,
        surprise: 1,
        description: "x".repeat(1001),
      }),
    ).toEqual([
      "saddleNumbness: not-enabled",
      "injury: wrong-type",
      "painScore: out-of-range",
      "description: too-long",
      "surprise: unknown-link-id",
    ]);
  });

  it("leaves missing answers to the evaluation unless asked, so an emergency is never held up", () => {
    const { painScore: _p, ...partial } = answers;
    expect(issuesOf(partial)).toEqual([]);
    expect(issuesOf(partial, { checkRequired: true })).toEqual(["painScore: required"]);
  });

  it("refuses absurd payloads before looking at them", () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, true]));
    expect(z.safeParse(referralAnswersSchema(questionnaire), many).success).toBe(false);
    expect(
      z.safeParse(referralAnswersSchema(questionnaire), { description: "x".repeat(10_001) })
        .success,
    ).toBe(false);
    expect(z.safeParse(referralAnswersSchema(questionnaire), ["area"]).success).toBe(false);
  });

  it("takes a submission of answers only: no verdict, age or ICB", () => {
    const result = z.safeParse(SelfReferralSubmission, {
      serviceId: physio.id,
      questionnaireVersion: 1,
      answers,
      verdict: "eligible",
    });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty("verdict");
  });
});

describe("services and outcomes", () => {
  it("every catalogue service fits the contract, with a real service code", () => {
    for (const service of selfReferralServices) {
      expect(() => selfReferralServiceSummary(service), service.id).not.toThrow();
    }
  });

  it("an emergency evaluation fits the outcome contract", () => {
    const outcome = evaluateSelfReferral(
      physio,
      questionnaire,
      { area: "back", saddleNumbness: true },
      { dateOfBirth: "1980-01-01", icbId: "icb-west-yorkshire" },
      "2026-03-27",
    );
    if (outcome.kind !== "emergency") throw new Error("expected an emergency");
    const { matched: _audit, ...wire } = outcome;
    expect(z.safeParse(SelfReferralOutcome, wire).success).toBe(true);
  });

  it("a referral made keeps its reference through the contract, for the confirmation", () => {
    const referral = {
      id: "r1",
      reference: "ABCD2345",
      serviceId: physio.id,
      serviceCode: physio.serviceCode,
      serviceName: "MSK physiotherapy",
      site: { id: physio.siteId, name: "Armley" },
      submittedAt: "2026-03-27T10:00:00.000Z",
      version: 1,
      stage: "submitted",
      status: "active",
      bookOnline: true,
      mayBook: false,
      timeline: [],
    };
    const parsed = z.safeParse(SelfReferralOutcome, { kind: "referred", referral });
    expect(
      parsed.success && parsed.data.kind === "referred" && parsed.data.referral.reference,
    ).toBe("ABCD2345");
    const { reference: _r, ...withoutReference } = referral;
    expect(
      z.safeParse(SelfReferralOutcome, { kind: "referred", referral: withoutReference }).success,
    ).toBe(false);
  });
});

describe("referral actions", () => {
  it("accepts each action with its details, trimmed", () => {
    expect(
      z.parse(ReferralActionRequest, { type: "request-information", request: "  Which knee?  " }),
    ).toEqual({
      type: "request-information",
      request: "Which knee?",
    });
    expect(z.safeParse(ReferralActionRequest, { type: "withdraw" }).success).toBe(true);
  });

  it.each([
    [
      { type: "reject", reasonCode: "not-suitable", reason: " ", signpost: "GP" },
      "reason: Say why the referral cannot be accepted",
    ],
    [
      { type: "reject", reasonCode: "busy", reason: "r", signpost: "s" },
      "reasonCode: Choose a reason",
    ],
    [{ type: "accept", priority: "stat" }, "priority: Choose routine or urgent"],
    [{ type: "book", slotId: "" }, "slotId: Choose a time from the list"],
    [{ type: "book", slotId: "a#b" }, "slotId: Choose a time from the list"],
    [{ type: "accept-and-book", priority: "urgent" }, "slotId: Choose a time from the list"],
    [
      { type: "request-information", request: "x".repeat(501) },
      "request: Must be 500 characters or fewer",
    ],
  ])("refuses %j", (input, issue) => {
    const result = z.safeParse(ReferralActionRequest, input);
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([issue]);
  });
});
