import { envNames } from "@front-door/contracts";
import { loadConfig, optionalEnv } from "@front-door/lambda";
import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { reportConsumedCapacity } from "@front-door/store/consumed-capacity";
import { injectFaults, parseFaultSpec } from "@front-door/store/faults";

/**
 * Table access for an entry module, built once at cold start. DYNAMODB_ENDPOINT points the
 * client at DynamoDB Local or LocalStack; unset, it is AWS's own endpoint. DYNAMODB_MAX_SOCKETS
 * is the local runner's (see startFrontDoor); in Lambda it is unset and the SDK's default holds.
 * FRONT_DOOR_FAULTS (local runner only) makes the client fail as a bad day on AWS would;
 * FRONT_DOOR_CONSUMED_CAPACITY=1 (benchmarks only) has it report the units each call consumed.
 */
export function tableDeps(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig([envNames.tableName], env);
  const endpoint = optionalEnv(envNames.dynamodbEndpoint, env);
  const maxSockets = optionalEnv(envNames.dynamodbMaxSockets, env);
  if (maxSockets !== undefined && !/^[1-9]\d{0,4}$/.test(maxSockets)) {
    throw new Error(`${envNames.dynamodbMaxSockets} must be a whole number of connections`);
  }
  const faults = optionalEnv(envNames.frontDoorFaults, env);
  const client = createDynamoDbClient({
    ...(endpoint ? { endpoint } : {}),
    ...(maxSockets ? { maxSockets: Number(maxSockets) } : {}),
  });
  if (faults !== undefined) injectFaults(client, parseFaultSpec(faults));
  if (optionalEnv(envNames.frontDoorConsumedCapacity, env) === "1") reportConsumedCapacity(client);
  return { client, db: createDocumentClient(client), tableName: config[envNames.tableName] };
}
