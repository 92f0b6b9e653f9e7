import { routes } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { locationOf } from "./responses.ts";

describe("locationOf", () => {
  it("fills the route's documented Location template, each id encoded as one path segment", () => {
    expect(locationOf(routes.myPhbApply, { applicationId: "app-1" })).toBe(
      "/api/me/phb/applications/app-1",
    );
    expect(locationOf(routes.sameDayBookingCreate, { appointmentId: "a/b c" })).toBe(
      "/api/fhir/Appointment/a%2Fb%20c",
    );
  });

  it("refuses a route that documents no Location, or an id the template needs", () => {
    expect(() => locationOf(routes.myReferrals, {})).toThrow(/documents no Location/);
    expect(() => locationOf(routes.staffBookingCreate, {})).toThrow(/needs appointmentId/);
  });
});
