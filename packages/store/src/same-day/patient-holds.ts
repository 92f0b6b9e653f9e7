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
import { holdMinutes } from "./booking.ts";
import { type LookRefusal, lookBeforeHold } from "./hold-look.ts";
import {
  type HoldRequirements,
  holdRequirementsCondition,
  meetsHoldRequirements,
} from "./hold-requirements.ts";
import type { SlotRecord } from "./slots.ts";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** The journeys a patient may hold a time in, one live hold in each. */
export type HoldJourney = "same-day" | "referral";

/** What a hold answers with about the slot: where and when (fields that never change). */
export type HeldSlotDetails = Pick<
  SlotRecord,
  "id" | "siteId" | "service" | "channel" | "start" | "end" | "localDate" | "localStart"
>;

export type HeldSlot = HeldSlotDetails &
  Pick<SlotRecord, "status" | "holdPatientId" | "holdExpiresAt">;

export type FairHoldOutcome = { kind: "held"; slot: HeldSlot; expiresAt: string } | LookRefusal;

/**
 * Holds a slot for a patient for 15 minutes, keeping one live hold per patient per journey: in
 * the same transaction the slot is held, the patient's hold marker names it, and the slot the
 * marker named before is let go (if the patient still holds it). So a script cannot sit on a
 * site's whole morning, and a patient who changes their mind frees the first time at once.
 * With `notBookedOn`, a patient with a same-day appointment that London day gets none.
 *
 * First a consistent look, in one call, at the slot, the marker and the guard
 * (`lookBeforeHold`): a hold the transaction would refuse (most holds in a rush) is refused from
 * it, without a write; otherwise the transaction is sent with the marker's condition set from
 * what was read. Each condition still returns its item as it was
 * (ReturnValuesOnConditionCheckFailure), so a change between the look and the write is refused
 * or retried from the cancellation: a refused slot says why (missing, not bookable, taken) and a
 * marker changed meanwhile names what it names now (the patient's two holds at once take turns);
 * a previous slot no longer theirs (booked, run out and taken) is left alone and the hold tried
 * without it. The slot's details for the answer are the look's; without a look (a key left
 * unprocessed), `slotDetails` (the function's copy of the site's day) beside the transaction,
 * else a read once it is won.
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
    /** Where and when the slot is, if the caller knows (undefined: not known, read it). */
    slotDetails?: (slotId: string) => Promise<HeldSlotDetails | undefined>;
  },
): Promise<FairHoldOutcome> {
  const marker = keys.patientHold(input.patientId, input.journey);
  // The caller's copy is asked beside the transaction (it answers at once when warm); a read
  // only once the hold is won and the copy did not have it: a refused hold needs none.
  let copy: Promise<HeldSlotDetails | undefined> | undefined;
  const fromCopy = () => {
    copy ??= input.slotDetails?.(input.slotId) ?? Promise.resolve(undefined);
    return copy;
  };
  const look = await lookBeforeHold(db, tableName, input);
  if (look?.kind === "refuse") return look.outcome;
  const looked = look?.slot;
  // What the marker names, when known: as looked (or assumed empty), then as a refusal returned it.
  let known: { previous: string | undefined } | undefined = { previous: look?.previous };
  let leaveAlone: string | undefined;
  // A few turns at most: each is a marker changed meanwhile or a previous hold no longer held.
  for (let turn = 0; turn < 5; turn += 1) {
    if (!known) {
      const held = await db.send(
        new GetCommand({ TableName: tableName, Key: marker, ConsistentRead: true }),
      );
      known = { previous: typeof held.Item?.slotId === "string" ? held.Item.slotId : undefined };
    }
    const previous: string | undefined = known.previous;
    known = undefined;
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
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
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
    const sent = db.send(new TransactWriteCommand({ TransactItems: items }));
    const copied: Promise<HeldSlotDetails | undefined> = looked
      ? Promise.resolve(detailsOf(looked))
      : fromCopy();
    copied.catch(() => {});
    try {
      await sent;
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
      if (failed.includes(1)) {
        // The marker was not what was assumed: it names the slot held now (or is gone).
        const was = reasons[1]?.Item ? plainItem(reasons[1].Item) : undefined;
        known = { previous: typeof was?.slotId === "string" ? was.slotId : undefined };
      } else if (release && failed.includes(2)) {
        leaveAlone = previous;
        known = { previous };
      }
      continue;
    }
    const heldUntil = expiresAt.toISOString();
    return {
      kind: "held",
      slot: {
        ...((await copied.catch(() => undefined)) ??
          (await readSlotDetails(db, tableName, input.slotId))),
        status: "busy-tentative",
        holdPatientId: input.patientId,
        holdExpiresAt: heldUntil,
      },
      expiresAt: heldUntil,
    };
  }
  // Holds of this patient's kept racing each other (a script): the same answer as a conflict
  // on real DynamoDB after retries, a 503 with Retry-After from the HTTP glue.
  throw new TransactionConflictException({
    message: "The patient's hold marker kept changing",
    $metadata: {},
  });
}

/** Where and when a slot is, from the whole slot. */
function detailsOf(slot: SlotRecord): HeldSlotDetails {
  const { id, siteId, service, channel, start, end, localDate, localStart } = slot;
  return { id, siteId, service, channel, start, end, localDate, localStart };
}

/**
 * Where and when a slot is, read (the caller had no copy with it): fields that never change,
 * so an eventually consistent read does, at half the units.
 */
async function readSlotDetails(
  db: DynamoDBDocumentClient,
  tableName: string,
  slotId: string,
): Promise<HeldSlotDetails> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.slot(slotId) }));
  return recordOf<SlotRecord>(Item ?? {});
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
