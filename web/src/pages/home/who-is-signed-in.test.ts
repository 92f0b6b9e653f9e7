import { emptyProfile } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import { describeSignedIn } from "./who-is-signed-in.ts";

describe("who is signed in", () => {
  it("shows a patient their NHS number, grouped 3 3 4", () => {
    const rows = describeSignedIn({
      userId: "user-patient-amira",
      role: "patient",
      displayName: "Amira Hussain",
      patient: {
        id: "patient-amira",
        nhsNumber: "9990000018",
        name: { given: "Amira", family: "Hussain" },
        dateOfBirth: "1980-01-01",
        profile: emptyProfile,
      },
    });
    expect(rows).toEqual([
      { key: "Name", value: "Amira Hussain" },
      { key: "Signed in as", value: "Patient" },
      { key: "NHS number", value: "999 000 0018" },
    ]);
  });

  it("shows staff their site and analysts their ICB", () => {
    expect(
      describeSignedIn({
        userId: "u",
        role: "receptionist",
        displayName: "Priya Shah",
        site: { id: "site-armley", name: "Armley Neighbourhood Health Centre", icbId: "icb-wy" },
      }),
    ).toContainEqual({ key: "Site", value: "Armley Neighbourhood Health Centre" });
    expect(
      describeSignedIn({
        userId: "u",
        role: "icb-analyst",
        icb: { id: "icb-wy", name: "West Yorkshire ICB" },
      }),
    ).toEqual([
      { key: "Name", value: "u" },
      { key: "Signed in as", value: "ICB analyst" },
      { key: "Integrated care board", value: "West Yorkshire ICB" },
    ]);
  });
});
