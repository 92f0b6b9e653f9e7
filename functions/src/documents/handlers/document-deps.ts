import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DocumentFiles } from "@front-door/store";

export interface DocumentDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  files: DocumentFiles;
  now: () => Date;
}
