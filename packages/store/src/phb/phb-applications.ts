import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { closedStages } from "@front-door/domain";
import { documentAttachFailure, documentAttachItems } from "../documents/document-attach.ts";
import { keys } from "../keys.ts";
import { type MessageRecord, messagePut } from "../outbox/messages.ts";
import { queryAll, recordOf } from "../query.ts";
import { type PhbCounts, phbCountUpdates } from "./phb-counts.ts";
import type { PhbApplicationRecord, PhbAttach, PhbEventRecord, PhbHeadline } from "./records.ts";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;
type NewMessage = Omit<MessageRecord, "patientId" | "createdAt" | "status">;

/** Open cases carry queue keys; a closed one drops out of the index (sparse). */
function applicationItem(record: PhbApplicationRecord) {
  const open = !closedStages.includes(record.case.stage);
  return {
    ...keys.phbApplication(record.id),
    ...(open
      ? keys.phbInQueue(
          record.case.icbId,
          record.case.stage,
          record.case.dueBy ?? "9999-12-31",
          record.id,
        )
      : {}),
    type: "phb-application",
    ...record,
  };
}

function eventPut(tableName: string, event: PhbEventRecord) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.phbEvent(event.applicationId, event.at, event.seq),
        type: "phb-event",
        ...event,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

function headlinePut(tableName: string, record: PhbApplicationRecord) {
  const person = record.forSomeoneElse;
  const headline: PhbHeadline = {
    applicationId: record.id,
    reference: record.reference,
    routeId: record.case.routeId,
    stage: record.case.stage,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(person ? { forName: `${person.givenName} ${person.familyName}` } : {}),
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.phbOfApplicant(record.applicantPatientId, record.createdAt, record.id),
        type: "phb-headline",
        ...headline,
      },
    },
  };
}

/** Attached, the documents are readable by the application's ICB's PHB team (documentStaffReaders). */
function attachItems(tableName: string, record: PhbApplicationRecord, attach?: PhbAttach) {
  if (!attach || attach.documentIds.length === 0) return [];
  return documentAttachItems(tableName, {
    ...attach,
    attachTo: { kind: "phb-application", id: record.id, scope: { icbId: record.case.icbId } },
  });
}

function effects(
  tableName: string,
  record: PhbApplicationRecord,
  counts: PhbCounts | undefined,
  message: NewMessage | undefined,
): TransactItems {
  return [
    ...(counts ? phbCountUpdates(tableName, record.case.icbId, record.case.routeId, counts) : []),
    ...(message
      ? [
          messagePut(tableName, {
            ...message,
            patientId: record.applicantPatientId,
            createdAt: record.updatedAt,
            status: "pending",
          }),
        ]
      : []),
  ];
}

/**
 * A new application: the application, its first event, the applicant's headline, the counts,
 * the acknowledgement, the draft deleted and any documents attached — in one transaction, or
 * nothing. A document that cannot be attached throws the 422 on `documentIds`.
 */
export async function createPhbApplication(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    record: PhbApplicationRecord;
    event: PhbEventRecord;
    counts: PhbCounts;
    message?: NewMessage;
    attach?: PhbAttach;
  },
): Promise<void> {
  const { record, attach } = input;
  const items: TransactItems = [
    {
      Put: {
        TableName: tableName,
        Item: applicationItem(record),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    eventPut(tableName, input.event),
    headlinePut(tableName, record),
    { Delete: { TableName: tableName, Key: keys.phbDraft(record.applicantPatientId) } },
    ...effects(tableName, record, input.counts, input.message),
  ];
  const offset = items.length;
  items.push(...attachItems(tableName, record, attach));
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    // Only a document item's own condition is the applicant's to fix; anything else is rethrown.
    if (error instanceof TransactionCanceledException && attach) {
      const failure = documentAttachFailure(error.CancellationReasons, offset, attach.documentIds);
      if (failure) throw failure;
    }
    throw error;
  }
}

export type PhbChangeOutcome =
  | { kind: "changed"; record: PhbApplicationRecord }
  | { kind: "changed-meanwhile" };

/**
 * A change someone decided on the version they read: the application rewritten on condition
 * its version is unchanged (queue keys follow its stage and due date), the event, the headline,
 * the counts and the message — all or nothing. The second of two people acting on one version
 * gets "changed-meanwhile".
 */
export async function changePhbApplication(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: {
    before: PhbApplicationRecord;
    after: PhbApplicationRecord;
    event: PhbEventRecord;
    counts?: PhbCounts;
    message?: NewMessage;
    /** Documents attached with the change (an answer's), in the same transaction. */
    attach?: PhbAttach;
  },
): Promise<PhbChangeOutcome> {
  const after = { ...input.after, version: input.before.version + 1 };
  const items: TransactItems = [
    {
      Put: {
        TableName: tableName,
        Item: applicationItem(after),
        ConditionExpression: "attribute_exists(pk) AND #version = :seen",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":seen": input.before.version },
      },
    },
    eventPut(tableName, input.event),
    headlinePut(tableName, after),
    ...effects(tableName, after, input.counts, input.message),
  ];
  const offset = items.length;
  items.push(...attachItems(tableName, after, input.attach));
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { kind: "changed", record: after };
  } catch (error) {
    // Only the version condition (item 0) and the documents' own are domain outcomes; anything
    // else is rethrown for the store's retry policy and the glue's 503.
    if (error instanceof TransactionCanceledException) {
      if (error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed") {
        return { kind: "changed-meanwhile" };
      }
      const refused = input.attach
        ? documentAttachFailure(error.CancellationReasons, offset, input.attach.documentIds)
        : undefined;
      if (refused) throw refused;
    }
    throw error;
  }
}

/** An application with its events, oldest first: one Query of its partition. */
export async function getPhbApplication(
  db: DynamoDBDocumentClient,
  tableName: string,
  applicationId: string,
): Promise<{ record: PhbApplicationRecord; events: PhbEventRecord[] } | undefined> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": keys.phbApplication(applicationId).pk },
    ConsistentRead: true,
  });
  const main = items.find((item) => item.sk === "PHB");
  if (!main) return undefined;
  return {
    record: recordOf<PhbApplicationRecord>(main),
    events: items
      .filter((item) => String(item.sk).startsWith("EVENT#"))
      .map((item) => recordOf<PhbEventRecord>(item)),
  };
}

/** The applications a person made, newest first. */
export async function phbApplicationsOf(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<PhbHeadline[]> {
  const items = await queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": keys.patient(patientId).pk, ":prefix": "PHB#" },
    ScanIndexForward: false,
  });
  return items.map((item) => recordOf<PhbHeadline>(item));
}

/** An ICB's applications at the given stages, earliest due first (so overdue first). */
export async function phbQueue(
  db: DynamoDBDocumentClient,
  tableName: string,
  icbId: string,
  stages: readonly string[],
  dueOnOrBefore?: string,
): Promise<PhbApplicationRecord[]> {
  const perStage = await Promise.all(
    stages.map((stage) =>
      queryAll(db, {
        TableName: tableName,
        IndexName: "gsi1",
        KeyConditionExpression: dueOnOrBefore ? "gsi1pk = :pk AND gsi1sk <= :due" : "gsi1pk = :pk",
        ExpressionAttributeValues: {
          ":pk": keys.phbInQueue(icbId, stage, "", "").gsi1pk,
          ...(dueOnOrBefore ? { ":due": `${dueOnOrBefore}#~` } : {}),
        },
      }),
    ),
  );
  return perStage
    .flat()
    .sort((a, b) => String(a.gsi1sk).localeCompare(String(b.gsi1sk)))
    .map((item) => recordOf<PhbApplicationRecord>(item));
}

export async function getPhbDraft(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
): Promise<{ draft: Record<string, unknown>; savedAt: string } | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.phbDraft(patientId), ConsistentRead: true }),
  );
  return Item
    ? { draft: Item.draft as Record<string, unknown>, savedAt: String(Item.savedAt) }
    : undefined;
}

export async function savePhbDraft(
  db: DynamoDBDocumentClient,
  tableName: string,
  patientId: string,
  draft: Record<string, unknown>,
  savedAt: string,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...keys.phbDraft(patientId), type: "phb-draft", draft, savedAt },
    }),
  );
}
