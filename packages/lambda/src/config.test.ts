import { describe, expect, it } from "vitest";
import { loadConfig, optionalEnv } from "./config.ts";

describe("config", () => {
  it("returns the named variables", () => {
    expect(loadConfig(["A", "B"], { A: "1", B: "2", C: "3" })).toEqual({ A: "1", B: "2" });
  });

  it("fails fast naming every missing variable", () => {
    expect(() => loadConfig(["TABLE_NAME", "OTHER"], { OTHER: "" })).toThrow(
      "Missing environment variables: TABLE_NAME, OTHER",
    );
    expect(() => loadConfig(["TABLE_NAME"], {})).toThrow(
      "Missing environment variable: TABLE_NAME",
    );
  });

  it("treats an empty optional variable as unset", () => {
    expect(optionalEnv("X", { X: "" })).toBeUndefined();
    expect(optionalEnv("X", { X: "http://localhost:8000" })).toBe("http://localhost:8000");
  });
});
