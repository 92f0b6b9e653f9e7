import { envNames } from "@front-door/contracts";
import { loadConfig, optionalEnv } from "@front-door/lambda";
import { createDocumentFiles } from "@front-door/store";

/**
 * The documents bucket for an entry module, built once at cold start. S3_ENDPOINT points at
 * an S3-compatible server (the local runner's s3rver, LocalStack); unset, it is AWS's own.
 */
export function documentFilesDeps(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig([envNames.documentsBucket], env);
  const endpoint = optionalEnv(envNames.s3Endpoint, env);
  return createDocumentFiles({
    bucket: config[envNames.documentsBucket],
    ...(endpoint ? { endpoint } : {}),
  });
}
