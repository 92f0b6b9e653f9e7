import { envNames } from "@front-door/contracts";
import { loadConfig, optionalEnv } from "@front-door/lambda";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";

/**
 * Table access for an entry module, built once at cold start. DYNAMODB_ENDPOINT points the
 * client at DynamoDB Local or LocalStack; unset, it is AWS's own endpoint.
 */
export function tableDeps() {
  const config = loadConfig([envNames.tableName]);
  const endpoint = optionalEnv(envNames.dynamodbEndpoint);
  const client = createDynamoDbClient(endpoint ? { endpoint } : {});
  return { client, db: createDocumentClient(client), tableName: config[envNames.tableName] };
}
