import { describe, expect, it } from "vitest";
import { fieldMessages } from "./field-errors.ts";

const toId = (path: string) => (path === "service" ? "service" : "postcode");

describe("fieldMessages", () => {
  it("keeps the first message for each field, in the API's order", () => {
    expect(
      fieldMessages(
        [
          { path: "postcode", message: "Enter a postcode" },
          { path: "postcode", message: "Enter a real postcode, like LS1 4AP" },
          { path: "service", message: "Choose a service" },
        ],
        "unused",
        toId,
      ),
    ).toEqual([
      { fieldId: "postcode", message: "Enter a postcode" },
      { fieldId: "service", message: "Choose a service" },
    ]);
  });

  it("puts an error with no fields against the fallback field", () => {
    expect(fieldMessages([], "There is a problem with the request", toId)).toEqual([
      { fieldId: "postcode", message: "There is a problem with the request" },
    ]);
  });
});
