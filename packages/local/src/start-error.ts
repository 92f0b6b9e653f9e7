/**
 * A failure the person running `npm start` can fix themselves. Its message is one line saying
 * what to do; main.ts prints just that, without a stack trace.
 */
export class StartError extends Error {
  constructor(
    readonly reason:
      | "java-missing"
      | "port-in-use"
      | "jar-fetch-failed"
      | "jar-checksum"
      | "dynamodb-local-failed"
      | "invalid-port",
    message: string,
  ) {
    super(message);
    this.name = "StartError";
  }
}

export const javaMissingMessage =
  "Java 17+ is needed to run DynamoDB Local: install it (apt-get install -y openjdk-17-jre-headless) or set DYNAMODB_ENDPOINT";

export function portInUseMessage(port: number): string {
  return `Port ${port} is already in use: stop what is using it or run PORT=${port + 1} npm start`;
}
