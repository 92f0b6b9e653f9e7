import { documentUploadCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { documentFilesDeps } from "./document-files-deps.ts";
import { makeDocumentUploadCreate } from "./handlers/document-upload-create.ts";

const { db, tableName } = tableDeps();
const files = documentFilesDeps();

export const handler = http(
  route,
  makeDocumentUploadCreate({ db, tableName, files, now: () => new Date() }),
);
