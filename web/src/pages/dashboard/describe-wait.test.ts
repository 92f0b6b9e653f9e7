import { describe, expect, it } from "vitest";
import { describeWait } from "./describe-wait.ts";

describe("describeWait", () => {
  it("says a wait bucket's bound in plain words", () => {
    expect(describeWait({ withinHours: 1 })).toBe("within 1 hour");
    expect(describeWait({ withinHours: 4 })).toBe("within 4 hours");
    expect(describeWait({ withinHours: 24 })).toBe("within 1 day");
    expect(describeWait({ withinHours: 72 })).toBe("within 3 days");
    expect(describeWait({ withinHours: 336 })).toBe("within 2 weeks");
    expect(describeWait({ longerThanHours: 672 })).toBe("over 4 weeks");
    expect(describeWait(null)).toBe("–");
  });
});
