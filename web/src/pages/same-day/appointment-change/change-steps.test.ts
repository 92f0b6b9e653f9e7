import { describe, expect, it } from "vitest";
import { afterRefusal, changeQuestion } from "./change-steps.ts";

describe("changeQuestion", () => {
  it("asks with the new time as people say it and the place", () => {
    expect(changeQuestion("14:30", "Chapeltown Health Centre")).toBe(
      "Change to 2:30pm at Chapeltown Health Centre?",
    );
    expect(changeQuestion("12:00", "Armley")).toBe("Change to midday at Armley?");
  });
});

describe("afterRefusal", () => {
  it("offers the times again when only the new time was lost", () => {
    expect(afterRefusal("hold_expired")).toBe("choose-again");
    expect(afterRefusal("slot_taken")).toBe("choose-again");
  });
  it("sends the patient back to their appointments when this one cannot be changed", () => {
    expect(afterRefusal("not_cancellable")).toBe("appointments");
    expect(afterRefusal("not_found")).toBe("appointments");
    expect(afterRefusal("already_booked_today")).toBe("appointments");
  });
  it("lets the patient try again when the service or the connection failed", () => {
    expect(afterRefusal("internal_error")).toBe("try-again");
    expect(afterRefusal("network_error")).toBe("try-again");
  });
});
