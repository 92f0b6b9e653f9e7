export {
  type DynamoDbLocal,
  type DynamoDbLocalOptions,
  startDynamoDbLocal,
} from "./dynamodb-local.ts";
export {
  dynamodbLocalJarSha256,
  dynamodbLocalVersion,
  ensureDynamoDbLocalJar,
  sha256Of,
} from "./dynamodb-local-jar.ts";
export { dynamoDbRequestChannelName } from "./function-threads.ts";
export {
  createIdentityIssuer,
  type IdentityIssuer,
  localClientId,
  privateKeyFileName,
} from "./identity.ts";
export { javaMissingMessage, portInUseMessage, StartError } from "./start-error.ts";
export {
  type FrontDoor,
  localDynamoDbMaxSockets,
  type StartFrontDoorOptions,
  startFrontDoor,
} from "./start-front-door.ts";
