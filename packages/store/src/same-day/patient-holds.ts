import {
  type AttributeValue,
  type TransactionCanceledException,
  TransactionConflictException,
} from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { plainItem } from "../attribute-values.ts";
import { failedConditions } from "../cancellation.ts";
import { keys } from "../keys.ts";
import { recordOf } from "../query.ts";
import { holdMinutes, type RequiredHoldOutcome } from "./booking.ts";
import {
  type HoldRequirements,
  holdRequirementsCondition,
  meetsHoldRequirements,
} from "./hold-requirements.ts";
import type { SlotRecord } from "./slots.ts";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** The journeys a patient may hold a time in, one live hold in each. */
export type HoldJourney = "same-day" | "referral";

export type FairHoldOutcome =
  | RequiredHoldOutcome
  /** The patient already has a same-day appointment that day: no second one is held. */
  | { kind: "already-booked"; appointmentId: string };

/**
 * Holds a slot for a patient for 15 minutes, keeping one live hold per patient per journey: in
 * the same transaction the slot is held, the patient's hold marker names it, and the slot the
 * marker named before is let go (if the patient still holds it). So a script cannot sit on a
 * site's whole morning, and a patient who changes their mind frees the first time at once.
 * With `notBookedOn`, a patient with a same-day appointment that London day gets none.
 *
 * Two sequential calls: read the marker, then one transaction. The marker's condition (it still
 * names what was read) makes two holds of one patient's at once take turns; a previous slot no
 * longer theirs (booked, run out and taken) is left alone and the hold tried without it.
 */
export async function holdSlotFairly(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    slotId: string;
    patientId: string;
    journey: HoldJourney;
    now: Date;
    requirements?: HoldRequirements;
    notBookedOn?: string;
    /** With notBookedOn: the appointment being changed, which may be that day's. */
    changing?: string;
  },
): Promise<FairHoldOutcome> {
  let leaveAlone: string | undefined;
  // A few turns at most: each is a marker changed meanwhile or a previous hold no longer held.
  for (let turn = 0; turn < 4; turn += 1) {
    const marker = keys.patientHold(input.patientId, input.journey);
    // The marker and the slot together, one round trip: the slot is what a hold answers with.
    const [held, slot] = await Promise.all(
      [marker, keys.slot(input.slotId)].map((Key) =>
        db.send(new GetCommand({ TableName: tableName, Key, ConsistentRead: true })),
      ),
    );
    if (!slot?.Item) return { kind: "not-found" };
    const previous = typeof held?.Item?.slotId === "string" ? held.Item.slotId : undefined;
    const release = previous && previous !== input.slotId && previous !== leaveAlone;
    const expiresAt = new Date(input.now.getTime() + holdMinutes * 60_000);
    const items: TransactItem[] = [
      slotHold(tableName, { ...input, expiresAt }),
      {
        Put: {
          TableName: tableName,
          Item: {
            ...marker,
            type: "patient-hold",
            slotId: input.slotId,
            heldUntil: expiresAt.toISOString(),
            // Gone a day after the hold ends; nothing reads it once its slot is let go.
            ttl: Math.floor(expiresAt.getTime() / 1000) + 86_400,
          },
          ConditionExpression: previous ? "slotId = :previous" : "attribute_not_exists(pk)",
          ...(previous ? { ExpressionAttributeValues: { ":previous": previous } } : {}),
        },
      },
      ...(release ? [previousRelease(tableName, previous, input.patientId)] : []),
      ...(input.notBookedOn
        ? [
            {
              ConditionCheck: {
                TableName: tableName,
                Key: keys.sameDayGuard(input.patientId, input.notBookedOn),
                ConditionExpression: input.changing
                  ? "attribute_not_exists(pk) OR appointmentId = :changing"
                  : "attribute_not_exists(pk)",
                ...(input.changing
                  ? { ExpressionAttributeValues: { ":changing": input.changing } }
                  : {}),
                ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
              },
            },
          ]
        : []),
    ];
    const guardAt = input.notBookedOn ? items.length - 1 : -1;
    try {
      await db.send(new TransactWriteCommand({ TransactItems: items }));
      const heldUntil = expiresAt.toISOString();
      return {
        kind: "held",
        slot: {
          ...recordOf<SlotRecord>(slot.Item),
          status: "busy-tentative",
          holdPatientId: input.patientId,
          holdExpiresAt: heldUntil,
        },
        expiresAt: heldUntil,
      };
    } catch (error) {
      const failed = failedConditions(error);
      const reasons = (error as TransactionCanceledException).CancellationReasons ?? [];
      if (failed.includes(guardAt)) {
        const guard = reasons[guardAt]?.Item;
        return {
          kind: "already-booked",
          appointmentId: String(guard ? plainItem(guard).appointmentId : ""),
        };
      }
      if (failed.includes(0)) return refused(reasons[0]?.Item, input.requirements ?? {});
      if (release && failed.includes(2)) leaveAlone = previous;
      // Otherwise the marker changed meanwhile (another hold of theirs): read it again.
    }
  }
  // Holds of this patient's kept racing each other (a script): the same answer as a conflict
  // on real DynamoDB after retries, a 503 with Retry-After from the HTTP glue.
  throw new TransactionConflictException({
    message: "The patient's hold marker kept changing",
    $metadata: {},
  });
}

/** The slot held: free, its hold run out, or already this patient's (a retry renews it). */
function slotHold(
  tableName: string,
  input: {
    slotId: string;
    patientId: string;
    now: Date;
    expiresAt: Date;
    requirements?: HoldRequirements;
  },
): TransactItem {
  const required = holdRequirementsCondition(input.requirements ?? {});
  return {
    Update: {
      TableName: tableName,
      Key: keys.slot(input.slotId),
      ConditionExpression: `attribute_exists(pk)${required.expression ? ` AND ${required.expression}` : ""} AND (#status = :free OR (#status = :tentative AND (#holdExpiresAt <= :now OR #holdPatientId = :patient)))`,
      UpdateExpression:
        "SET #status = :tentative, #holdPatientId = :patient, #holdExpiresAt = :expiresAt",
      ExpressionAttributeNames: {
        "#status": "status",
        "#holdPatientId": "holdPatientId",
        "#holdExpiresAt": "holdExpiresAt",
        ...required.names,
      },
      ExpressionAttributeValues: {
        ":free": "free",
        ":tentative": "busy-tentative",
        ":patient": input.patientId,
        ":now": input.now.toISOString(),
        ":expiresAt": input.expiresAt.toISOString(),
        ...required.values,
      },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    },
  };
}

/** The patient's previous hold let go, only while it is still theirs and still only held. */
function previousRelease(tableName: string, slotId: string, patientId: string): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: keys.slot(slotId),
      ConditionExpression: "#status = :tentative AND #holdPatientId = :patient",
      UpdateExpression: "SET #status = :free REMOVE #holdPatientId, #holdExpiresAt",
      ExpressionAttributeNames: {
        "#status": "status",
        "#holdPatientId": "holdPatientId",
        "#holdExpiresAt": "holdExpiresAt",
      },
      ExpressionAttributeValues: {
        ":tentative": "busy-tentative",
        ":free": "free",
        ":patient": patientId,
      },
    },
  };
}

/** Why the slot's own condition failed, from the slot as it was. */
function refused(
  item: Record<string, AttributeValue> | undefined,
  requirements: HoldRequirements,
): FairHoldOutcome {
  if (!item) return { kind: "not-found" };
  const slot = recordOf<SlotRecord>(plainItem(item));
  return meetsHoldRequirements(slot, requirements)
    ? { kind: "slot-taken", slot }
    : { kind: "not-bookable", slot };
}
