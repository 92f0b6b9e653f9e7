import { documentUploadCheck as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { documentFilesDeps } from "./document-files-deps.ts";
import { makeDocumentUploadCheck } from "./handlers/document-upload-check.ts";

const { db, tableName } = tableDeps();
const files = documentFilesDeps();

export const handler = http(
  route,
  makeDocumentUploadCheck({ db, tableName, files, now: () => new Date() }),
);
