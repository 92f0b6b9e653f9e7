import { documentDownload as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { documentFilesDeps } from "./document-files-deps.ts";
import { makeDocumentDownload } from "./handlers/document-download.ts";

const { db, tableName } = tableDeps();
const files = documentFilesDeps();

export const handler = http(
  route,
  makeDocumentDownload({ db, tableName, files, now: () => new Date() }),
);
