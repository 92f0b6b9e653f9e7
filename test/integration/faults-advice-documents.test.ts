import { type RouteDefinition, routes } from "@front-door/contracts";
import type { RouteHandler } from "@front-door/lambda";
import type { DocumentFiles } from "@front-door/store";
import { beforeAll, describe } from "vitest";
import type { AdviceDocumentDeps } from "../../functions/src/advice/handlers/advice-documents.ts";
import {
  makeAdviceRequestCreate,
  makeMyAdviceNotAnEmergency,
  makeMyAdviceReply,
} from "../../functions/src/advice/handlers/patient-advice.ts";
import {
  makeStaffAdviceAction,
  makeStaffAdviceRequest,
  makeStaffAdviceRequestCreate,
  makeStaffAdviceSettings,
  makeStaffAdviceSettingsPut,
} from "../../functions/src/advice/handlers/staff-advice.ts";
import { makeDocumentUploadCheck } from "../../functions/src/documents/handlers/document-upload-check.ts";
import { makeDocumentUploadCreate } from "../../functions/src/documents/handlers/document-upload-create.ts";
import { openNow, rashRequest } from "./advice-fixtures.ts";
import {
  documentCalls,
  tom as documentOwner,
  pdfBytes,
  testFiles,
  upload,
} from "./document-fixtures.ts";
import { clinician, receptionist, tom } from "./referral-fixtures.ts";
import { type HandlerDeps, routeCaller } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";
import { itSurvivesFaults, type WriteCase } from "./write-faults.ts";

let t: TestTable;
let files: DocumentFiles;
beforeAll(async () => {
  t = await freshTable();
  files = testFiles();
});

const now = () => openNow;
const withFiles =
  <R extends RouteDefinition>(make: (deps: AdviceDocumentDeps) => RouteHandler<R>) =>
  (deps: HandlerDeps) =>
    make({ ...deps, files });

/** A new advice request of Tom's, through the clean table: its id. */
async function sent(table: TestTable, body: unknown = rashRequest): Promise<string> {
  const create = routeCaller(
    table,
    routes.adviceRequestCreate,
    withFiles(makeAdviceRequestCreate),
    now,
  );
  const answer = await create({ principal: tom, body });
  if (answer.status !== 200 || answer.body.kind !== "sent")
    throw new Error(JSON.stringify(answer.body));
  return answer.body.requestId as string;
}

async function staffView(table: TestTable, requestId: string) {
  const one = routeCaller(table, routes.staffAdviceRequest, withFiles(makeStaffAdviceRequest), now);
  return (await one({ principal: receptionist, params: { requestId } })).body;
}

let closedMessages = 0;

const cases: WriteCase[] = [
  {
    name: "an advice request",
    route: routes.adviceRequestCreate,
    make: withFiles(makeAdviceRequestCreate),
    status: 200,
    prepare: async () => ({ principal: tom, body: rashRequest }),
  },
  {
    name: "a patient's reply to an advice question",
    route: routes.myAdviceReply,
    make: withFiles(makeMyAdviceReply),
    status: 200,
    prepare: async (table) => ({
      principal: tom,
      params: { requestId: await sent(table) },
      body: { text: "It has spread a little" },
    }),
  },
  {
    name: "a patient saying a flagged request is not an emergency",
    route: routes.myAdviceNotAnEmergency,
    make: withFiles(makeMyAdviceNotAnEmergency),
    status: 200,
    prepare: async (table) => {
      const flagged = {
        ...rashRequest,
        problems: [{ ...rashRequest.problems[0], description: "Chest pain since this morning" }],
      };
      return {
        principal: tom,
        params: { requestId: await sent(table, flagged) },
        body: { notMeantAsEmergency: true },
      };
    },
  },
  {
    name: "staff assigning an advice request",
    route: routes.staffAdviceAction,
    make: withFiles(makeStaffAdviceAction),
    status: 200,
    prepare: async (table) => {
      const requestId = await sent(table);
      const seen = await staffView(table, requestId);
      return {
        principal: receptionist,
        params: { requestId },
        headers: { "if-match": `"${seen.request.version}"` },
        body: { type: "assign", to: { kind: "person", userId: clinician.userId } },
      };
    },
  },
  {
    name: "a request entered by staff for a patient",
    route: routes.staffAdviceRequestCreate,
    make: withFiles(makeStaffAdviceRequestCreate),
    status: 200,
    prepare: async () => ({
      principal: receptionist,
      body: { ...rashRequest, nhsNumber: "999 000 1383" },
    }),
  },
  {
    name: "a practice's advice settings",
    route: routes.staffAdviceSettingsPut,
    make: withFiles(makeStaffAdviceSettingsPut),
    status: 200,
    prepare: async (table) => {
      const get = routeCaller(
        table,
        routes.staffAdviceSettings,
        withFiles(makeStaffAdviceSettings),
        now,
      );
      const current = (await get({ principal: receptionist })).body;
      closedMessages += 1;
      return {
        principal: receptionist,
        headers: { "if-match": `"${current.version}"` },
        body: { ...current.settings, closedMessage: `Closed today (${closedMessages})` },
      };
    },
  },
  {
    name: "starting a document upload",
    route: routes.documentUploadCreate,
    make: (deps) => makeDocumentUploadCreate({ ...deps, files }),
    status: 201,
    prepare: async () => ({
      principal: documentOwner,
      body: { fileName: "letter.pdf", contentType: "application/pdf", size: 100, purpose: "phb" },
    }),
  },
  {
    name: "checking an uploaded document",
    route: routes.documentUploadCheck,
    make: (deps) => makeDocumentUploadCheck({ ...deps, files }),
    status: 200,
    prepare: async (table) => {
      const calls = documentCalls(table, files, now);
      const documentId = await upload(calls, documentOwner, pdfBytes("faults"));
      return { principal: documentOwner, params: { documentId }, body: {} };
    },
  },
];

describe("advice and document writes when DynamoDB conflicts, throttles or fails", () => {
  itSurvivesFaults(() => t, cases, now);
});
