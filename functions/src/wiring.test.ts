import { describe, expect, it } from "vitest";
import { tableDeps } from "./wiring.ts";

describe("tableDeps", () => {
  const env = { TABLE_NAME: "t", AWS_REGION: "eu-west-2" };

  it("takes the local runner's socket limit when set, and refuses one that is not a number", () => {
    expect(tableDeps(env).tableName).toBe("t");
    expect(tableDeps({ ...env, DYNAMODB_MAX_SOCKETS: "256" }).tableName).toBe("t");
    expect(() => tableDeps({ ...env, DYNAMODB_MAX_SOCKETS: "lots" })).toThrow(
      "DYNAMODB_MAX_SOCKETS must be a whole number of connections",
    );
    expect(() => tableDeps({ ...env, DYNAMODB_MAX_SOCKETS: "0" })).toThrow("DYNAMODB_MAX_SOCKETS");
  });
});
