import type { Principal } from "@front-door/contracts";
import { typicalAnswers } from "../../packages/domain/src/referrals/catalogue/testing.ts";

/** Who and when the self-referral integration tests act as: demo patients and Armley's staff. */

export const tom: Principal = {
  role: "patient",
  userId: "u-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};
export const amira: Principal = {
  role: "patient",
  userId: "u-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};
export const edith: Principal = {
  role: "patient",
  userId: "u-edith",
  patientId: "patient-edith",
  nhsNumber: "9990002754",
};
export const receptionist: Principal = {
  role: "receptionist",
  userId: "r-armley",
  siteId: "site-armley",
};
export const clinician: Principal = {
  role: "clinician",
  userId: "c-armley",
  siteId: "site-armley",
};
export const analyst: Principal = {
  role: "icb-analyst",
  userId: "a",
  icbId: "icb-west-yorkshire",
};

/** Tuesday 8 December 2026, 10:00 in London. */
export const today = "2026-12-08";
export const now = new Date(`${today}T10:00:00Z`);
export const physio = "armley-msk-physiotherapy";
export const physioAnswers = typicalAnswers["msk-physiotherapy"] as Record<string, unknown>;
