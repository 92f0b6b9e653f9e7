import { threadId } from "node:worker_threads";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";

/** Test fixture: answers with the event and context it was given, so tests can inspect both. */
export async function handler(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) {
  return {
    statusCode: 200,
    headers: { "content-type": "application/json", "x-fixture": "echo" },
    cookies: ["a=1; Path=/", "b=2; Path=/"],
    body: JSON.stringify({
      event,
      env: { tableName: process.env.TABLE_NAME },
      thread: threadId,
      context: {
        functionName: context.functionName,
        awsRequestId: context.awsRequestId,
        remaining: context.getRemainingTimeInMillis(),
      },
    }),
  };
}
