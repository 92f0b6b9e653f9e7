import type { AcceptedProblem } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { documentReferenceOf } from "../document-reference.ts";
import { fhirValidatorErrors } from "../testing/fhir-validator.ts";
import { r4InvariantErrors } from "../testing/r4-invariants.ts";
import { r4SchemaErrors } from "../testing/r4-schema.ts";
import type { AdviceForFhir } from "./advice-fhir-input.ts";
import {
  adviceCommunicationOf,
  adviceQuestionnaireResponseOf,
  adviceTaskOf,
} from "./advice-resources.ts";

const rash: AcceptedProblem = {
  type: "new-problem",
  answers: { howLong: "days", gettingWorse: false, triedSelfCare: true },
  description: "A rash on my arm <b>that itches</b>",
};
const fitNote: AcceptedProblem = {
  type: "fit-note",
  answers: { kind: "extend", offSince: "2026-11-20" },
  description: "I need my fit note extended",
};
const photo = {
  id: "doc-1",
  fileName: "rash.jpg",
  contentType: "image/jpeg",
  size: 48_213,
} as const;
const scan = {
  id: "doc-2",
  fileName: "letter.pdf",
  contentType: "application/pdf",
  size: 912,
} as const;

function request(extra: Partial<AdviceForFhir> = {}): AdviceForFhir {
  return {
    id: "5f0e2b9c-1d4a-4c1e-8f3a-2b7c9d0e1f23",
    reference: "ADV-3KQ7",
    version: 5,
    status: "awaiting-patient",
    urgent: false,
    category: "medical",
    problems: [rash, fitNote],
    requester: { nhsNumber: "9990001383", name: "Thomas Whitaker" },
    site: { id: "site-armley", name: "Armley Neighbourhood Health Centre" },
    assignedRole: "clinician",
    enteredByStaff: false,
    submittedAt: "2026-12-07T09:00:00.000Z",
    updatedAt: "2026-12-07T11:00:00.000Z",
    replyDueAt: "2026-12-09T18:30:00.000Z",
    documents: [photo],
    messages: [
      {
        seq: 2,
        at: "2026-12-07T10:00:00.000Z",
        from: "practice",
        text: "Can you send a photo in daylight?",
        needsReply: true,
        documents: [],
      },
      { seq: 3, at: "2026-12-07T11:00:00.000Z", from: "patient", text: "Here", documents: [scan] },
    ],
    ...extra,
  };
}

function expectValid(resource: unknown) {
  expect(r4SchemaErrors(resource)).toEqual([]);
  expect(fhirValidatorErrors(resource)).toEqual([]);
  expect(r4InvariantErrors(resource)).toEqual([]);
}

function everyResource(a: AdviceForFhir) {
  const related = { reference: `Task/advice-${a.id}` };
  return [
    adviceQuestionnaireResponseOf(a),
    adviceTaskOf(a),
    ...a.messages.map((m) => adviceCommunicationOf(a, m)),
    ...[photo, scan].map((document) =>
      documentReferenceOf({ document, attachedTo: "advice-request", related }),
    ),
  ];
}

// Compiling the R4 schema and the validator takes seconds on a busy machine: not the behaviour under test.
describe("an online GP advice request as FHIR R4", { timeout: 60_000 }, () => {
  it.each<[string, Partial<AdviceForFhir>]>([
    ["waiting for the patient, for themselves", {}],
    [
      "new and urgent, for someone they care for",
      { status: "submitted", urgent: true, caredFor: { name: "Amy Whitaker" }, messages: [] },
    ],
    [
      "closed with an outcome, with the practice's ODS code",
      {
        status: "closed",
        outcome: "advice-given",
        closedAt: "2026-12-08T09:00:00.000Z",
        site: { id: "s", name: "Armley", odsCode: "B86012" },
      },
    ],
  ])("%s: every resource passes the R4 schema, value sets and invariants", (_what, extra) => {
    for (const resource of everyResource(request(extra))) expectValid(resource);
  });

  it("maps status, priority, owner and the promised reply time onto the Task", () => {
    expect(adviceTaskOf(request())).toMatchObject({
      id: "advice-5f0e2b9c-1d4a-4c1e-8f3a-2b7c9d0e1f23",
      status: "on-hold",
      priority: "routine",
      owner: { type: "Organization", display: "Armley Neighbourhood Health Centre" },
      performerType: [{ text: "Clinician" }],
      restriction: { period: { end: "2026-12-09T18:30:00.000Z" } },
      focus: { reference: "QuestionnaireResponse/5f0e2b9c-1d4a-4c1e-8f3a-2b7c9d0e1f23" },
    });
    const urgentClosed = adviceTaskOf(
      request({ status: "closed", urgent: true, closedAt: "2026-12-08T09:00:00.000Z" }),
    );
    expect(urgentClosed).toMatchObject({ status: "completed", priority: "urgent" });
    expect(urgentClosed.restriction).toBeUndefined();
  });

  it("makes every message and attachment reachable from the Task", () => {
    const task = adviceTaskOf(request());
    const id = "5f0e2b9c-1d4a-4c1e-8f3a-2b7c9d0e1f23";
    expect(task.input?.map((i) => i.valueReference?.reference)).toEqual([
      "DocumentReference/doc-1",
      "DocumentReference/doc-2",
      `Communication/${id}-3`,
    ]);
    expect(task.output?.map((o) => o.valueReference?.reference)).toEqual([`Communication/${id}-2`]);
  });

  it("keeps the patient's words as data, each problem a group with its answers", () => {
    const response = adviceQuestionnaireResponseOf(request());
    expect(response.item?.map((i) => i.text)).toEqual(["A new problem", "A fit note"]);
    expect(response.item?.[0]?.item?.at(-1)).toEqual({
      linkId: "description",
      text: "In your own words",
      answer: [{ valueString: "A rash on my arm <b>that itches</b>" }],
    });
  });

  it("threads a reply to the practice's question and points a document at the download route", () => {
    const a = request();
    const reply = adviceCommunicationOf(a, a.messages[1] as AdviceForFhir["messages"][number]);
    expect(reply).toMatchObject({
      inResponseTo: [{ reference: `Communication/${a.id}-2` }],
      sender: { type: "Patient" },
      recipient: [{ type: "Organization" }],
      payload: [
        { contentString: "Here" },
        { contentReference: { reference: "DocumentReference/doc-2" } },
      ],
    });
    const document = documentReferenceOf({
      document: photo,
      attachedTo: "advice-request",
      related: { reference: `Task/advice-${a.id}` },
    });
    expect(document.content[0]?.attachment).toEqual({
      contentType: "image/jpeg",
      url: "/api/documents/doc-1/download",
      size: 48_213,
      title: "rash.jpg",
    });
  });

  it("would be caught by the checks if a Communication status slipped outside its value set", () => {
    const a = request();
    const wrong = {
      ...adviceCommunicationOf(a, a.messages[0] as AdviceForFhir["messages"][number]),
      status: "sent",
    };
    expect(fhirValidatorErrors(wrong).length).toBeGreaterThan(0);
  });
});
