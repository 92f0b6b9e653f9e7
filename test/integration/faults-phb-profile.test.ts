import { routes } from "@front-door/contracts";
import { beforeAll, describe } from "vitest";
import { makeProfilePut } from "../../functions/src/account/handlers/me.ts";
import { makeMyPhbAction, makeMyPhbApply } from "../../functions/src/phb/handlers/phb-patient.ts";
import { makePhbAction } from "../../functions/src/phb/handlers/phb-team.ts";
import { testFiles } from "./document-fixtures.ts";
import { amira, application, caseManager, clock, phbCalls, tom } from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";
import { itSurvivesFaults, type WriteCase } from "./write-faults.ts";

let t: TestTable;
beforeAll(async () => {
  t = await freshTable();
});

/** A new application of Amira's, through the clean table. */
async function applied(table: TestTable) {
  const answer = await phbCalls(table).apply({ principal: amira, body: application });
  if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
  return { id: answer.body.id as string, version: answer.body.version as number };
}

let names = 0;

const cases: WriteCase[] = [
  {
    name: "a PHB application",
    route: routes.myPhbApply,
    make: (deps) => makeMyPhbApply({ ...deps, files: testFiles() }),
    status: 201,
    prepare: async () => ({ principal: amira, body: application }),
  },
  {
    name: "a patient withdrawing a PHB application",
    route: routes.myPhbAction,
    make: (deps) => makeMyPhbAction({ ...deps, files: testFiles() }),
    status: 200,
    prepare: async (table) => ({
      principal: amira,
      params: { applicationId: (await applied(table)).id },
      body: { type: "withdraw", reason: "Moving away" },
    }),
  },
  {
    name: "the PHB team deciding eligibility",
    route: routes.phbAction,
    make: makePhbAction,
    status: 200,
    prepare: async (table) => {
      const { id, version } = await applied(table);
      return {
        principal: caseManager,
        params: { applicationId: id },
        headers: { "if-match": String(version) },
        body: { type: "decide-eligible" },
      };
    },
  },
  {
    name: "a patient saving their profile",
    route: routes.meProfilePut,
    make: makeProfilePut,
    status: 200,
    prepare: async () => {
      names += 1;
      return {
        principal: tom,
        body: {
          preferredName: `Tommy ${"I".repeat(names)}`,
          contact: { mobile: "07700 900321", email: "" },
          communication: {
            britishSignLanguage: false,
            easyRead: true,
            largePrint: false,
            interpreterLanguage: "",
          },
          accessibilityNeeds: "",
          consent: { sms: true, email: false },
        },
      };
    },
  },
];

describe("PHB and profile writes when DynamoDB conflicts, throttles or fails", () => {
  itSurvivesFaults(
    () => t,
    cases,
    () => clock.now,
  );
});
