import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { Profile } from "@front-door/contracts";
import { getItemsWithRecord } from "./batch-get.ts";
import type { OnceRecord } from "./idempotency-records.ts";
import { keys } from "./keys.ts";
import type { Patient } from "./records.ts";

interface PatientItem {
  patient: Omit<Patient, "profile" | "profileUpdatedAt">;
  profile: Profile;
  profileUpdatedAt?: string;
}

export async function getPatient(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<Patient | undefined> {
  const result = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.patient(patientId), ConsistentRead: true }),
  );
  return result.Item ? patientOf(result.Item) : undefined;
}

/**
 * The patient with the request's Idempotency-Key record, in one consistent BatchGetItem (see
 * getItemsWithRecord): a creating POST's first reads in one call.
 */
export async function getPatientWithRecord(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  once: Pick<OnceRecord, "claimLook"> | undefined,
): Promise<Patient | undefined> {
  const [item] = await getItemsWithRecord(db, tableName, [keys.patient(patientId)], once);
  return item ? patientOf(item) : undefined;
}

/** A patient as their item holds them (getPatient, or a batch of reads). */
export function patientOf(stored: Record<string, unknown>): Patient {
  const item = stored as unknown as PatientItem;
  return {
    ...item.patient,
    profile: item.profile,
    ...(item.profileUpdatedAt ? { profileUpdatedAt: item.profileUpdatedAt } : {}),
  };
}

/** Demo seeding and, later, first sign-in via NHS login. Never overwrites an existing record. */
export async function addPatientIfAbsent(
  db: DynamoDBDocumentClient,
  tableName: string,
  patient: Patient,
): Promise<boolean> {
  const { profile, profileUpdatedAt, ...identity } = patient;
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.patient(patient.id),
          ...keys.patientByNhsNumber(patient.nhsNumber),
          type: "patient",
          patient: identity,
          profile,
          profileUpdatedAt,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Replaces the profile of an existing patient. Returns undefined when there is no such patient:
 * the condition stops a PUT from creating a half-formed record.
 */
export async function replaceProfile(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  profile: Profile,
  now: Date,
): Promise<{ profile: Profile; profileUpdatedAt: string } | undefined> {
  const profileUpdatedAt = now.toISOString();
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.patient(patientId),
        UpdateExpression: "SET #profile = :profile, #updated = :updated",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#profile": "profile", "#updated": "profileUpdatedAt" },
        ExpressionAttributeValues: { ":profile": profile, ":updated": profileUpdatedAt },
      }),
    );
    return { profile, profileUpdatedAt };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}
