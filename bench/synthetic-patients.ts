import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { isTestRangeNhsNumber, isValidNhsNumber, nhsCheckDigit } from "@front-door/domain";
import { createIdentityIssuer } from "@front-door/local";
import { addPatientIfAbsent, type DemoUser, demoSites } from "@front-door/store";
import { inParallel } from "./pool.ts";

type Patient = Parameters<typeof addPatientIfAbsent>[2];

export interface SyntheticPatient {
  patient: Patient;
  /** Who signs in: shaped as the demo users are, so the dev issuer mints the same claims. */
  user: DemoUser;
}

/**
 * `count` valid NHS numbers from the 999 test range (never issued to a person), above the demo
 * patients' numbers: nine digits counted up, skipping those with no Modulus 11 check digit.
 */
export function testNhsNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let stem = 999_200_000; numbers.length < count; stem++) {
    const check = nhsCheckDigit(String(stem));
    if (check === undefined) continue;
    const nhsNumber = `${stem}${check}`;
    if (!isValidNhsNumber(nhsNumber) || !isTestRangeNhsNumber(nhsNumber)) {
      throw new Error(`generated an invalid test NHS number ${nhsNumber}`);
    }
    numbers.push(nhsNumber);
  }
  return numbers;
}

/** Made-up patients registered round-robin at the given sites. */
export function syntheticPatients(count: number, siteIds: readonly string[]): SyntheticPatient[] {
  return testNhsNumbers(count).map((nhsNumber, index) => {
    const n = String(index + 1).padStart(4, "0");
    const patientId = `patient-bench-${n}`;
    return {
      patient: {
        id: patientId,
        nhsNumber,
        name: { given: "Bench", family: `Patient ${n}` },
        dateOfBirth: "1980-01-01",
        ...registeredAt(siteIds[index % siteIds.length] as string),
        profile: {
          contact: { email: `bench.patient.${n}@example.com` },
          communication: { britishSignLanguage: false, easyRead: false, largePrint: false },
          consent: { sms: false, email: true },
        },
      },
      user: {
        id: `user-bench-${n}`,
        role: "patient",
        displayName: `Bench Patient ${n}`,
        description: "Synthetic patient for npm run bench",
        scope: { patientId, nhsNumber },
      },
    };
  });
}

/** Through the store's own write, as first sign-in would. */
export async function addPatients(
  db: DynamoDBDocumentClient,
  tableName: string,
  patients: readonly SyntheticPatient[],
): Promise<void> {
  await inParallel(patients, 32, ({ patient }) => addPatientIfAbsent(db, tableName, patient));
}

/**
 * Tokens from the runner's own dev issuer: the same key folder and issuer URL the running
 * service verifies against, so no bench-only route is needed to sign people in.
 */
export async function issueTokens(
  identityDir: string,
  issuerUrl: string,
  users: readonly DemoUser[],
): Promise<Map<string, string>> {
  const issuer = await createIdentityIssuer({ keyDir: identityDir, issuer: issuerUrl });
  const tokens = new Map<string, string>();
  for (const user of users) tokens.set(user.id, await issuer.issueToken(user));
  return tokens;
}

/** The practice and, for a demo site, its ICB, as a registration writes them. */
function registeredAt(siteId: string): { registeredSiteId: string; registeredIcbId?: string } {
  const icbId = demoSites.find((site) => site.id === siteId)?.icbId;
  return { registeredSiteId: siteId, ...(icbId ? { registeredIcbId: icbId } : {}) };
}
