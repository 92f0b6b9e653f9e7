import { myPhbAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { documentFilesDeps } from "../documents/document-files-deps.ts";
import { tableDeps } from "../wiring.ts";
import { makeMyPhbAction } from "./handlers/phb-patient.ts";

const { db, tableName } = tableDeps();
const files = documentFilesDeps();

export const handler = http(
  route,
  makeMyPhbAction({ db, tableName, files, now: () => new Date() }),
);
