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

  it("injects faults only when FRONT_DOOR_FAULTS asks, and refuses a value that does not parse", () => {
    const faulted = (deps: ReturnType<typeof tableDeps>) =>
      deps.client.middlewareStack.identify().some((name) => name.startsWith("frontDoorFaults"));
    expect(faulted(tableDeps(env))).toBe(false);
    expect(faulted(tableDeps({ ...env, FRONT_DOOR_FAULTS: "conflict:0.05,throttle:0.01" }))).toBe(
      true,
    );
    expect(() => tableDeps({ ...env, FRONT_DOOR_FAULTS: "conflict:5%" })).toThrow("conflict:5%");
  });

  it("reports consumed capacity only when FRONT_DOOR_CONSUMED_CAPACITY is 1", () => {
    const reporting = (deps: ReturnType<typeof tableDeps>) =>
      deps.client.middlewareStack
        .identify()
        .some((name) => name.startsWith("frontDoorConsumedCapacity"));
    expect(reporting(tableDeps(env))).toBe(false);
    expect(reporting(tableDeps({ ...env, FRONT_DOOR_CONSUMED_CAPACITY: "0" }))).toBe(false);
    expect(reporting(tableDeps({ ...env, FRONT_DOOR_CONSUMED_CAPACITY: "1" }))).toBe(true);
  });
});
