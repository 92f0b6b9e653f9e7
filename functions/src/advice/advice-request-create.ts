import { adviceRequestCreate as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { dynamoDbIdempotency } from "@front-door/lambda/idempotency";
import { documentFilesDeps } from "../documents/document-files-deps.ts";
import { tableDeps } from "../wiring.ts";
import { makeAdviceRequestCreate } from "./handlers/patient-advice.ts";

const { client, db, tableName } = tableDeps();
const files = documentFilesDeps();

export const handler = http(
  route,
  makeAdviceRequestCreate({ db, tableName, files, now: () => new Date() }),
  {
    idempotency: dynamoDbIdempotency({ client, tableName }),
  },
);
