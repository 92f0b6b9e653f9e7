import { describe, expect, it } from "vitest";
import { plainItem } from "./attribute-values.ts";

describe("plainItem", () => {
  it("turns a low-level item into the plain values the document client reads", () => {
    expect(
      plainItem({
        id: { S: "slot-1" },
        sameDayOnly: { BOOL: true },
        count: { N: "3" },
        nothing: { NULL: true },
        profile: { M: { consent: { M: { sms: { BOOL: false } } } } },
        channels: { L: [{ S: "sms" }, { S: "email" }] },
        tags: { SS: ["a", "b"] },
      }),
    ).toEqual({
      id: "slot-1",
      sameDayOnly: true,
      count: 3,
      nothing: null,
      profile: { consent: { sms: false } },
      channels: ["sms", "email"],
      tags: new Set(["a", "b"]),
    });
  });
});
