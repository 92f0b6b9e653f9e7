import type { IncomingMessage, ServerResponse } from "node:http";
import type { DevInbox, DevInboxResponse, Profile } from "@front-door/contracts";
import type { DemoUser, getPatient, messagesFor, patientView } from "@front-door/store";
import { toDevUser } from "./dev-identity-routes.ts";
import { sendJson } from "./http-io.ts";

export const devInboxPath = "/api/dev/inbox";

/** The store functions the inbox reads with: passed in, so the runner can load the store lazily. */
export interface InboxStore {
  messagesFor: typeof messagesFor;
  getPatient: typeof getPatient;
  patientView: typeof patientView;
}

/** The runner's document client: the store's own type, as local does not depend on the SDK. */
type DocumentClient = Parameters<typeof messagesFor>[0];

/** The demo users who are patients, in the order the sign-in page lists them. */
export function demoPatientsOf(
  users: readonly DemoUser[],
): { user: DemoUser; patientId: string }[] {
  return users.flatMap((user) =>
    user.role === "patient" && "patientId" in user.scope
      ? [{ user, patientId: user.scope.patientId }]
      : [],
  );
}

/** Where texts and emails would go; blank fields (a cleared profile) mean nowhere. */
export function contactOf(profile: Profile | undefined): DevInbox["contact"] {
  const mobile = profile?.contact.mobile?.trim();
  const email = profile?.contact.email?.trim();
  return { ...(mobile ? { mobile } : {}), ...(email ? { email } : {}) };
}

/** Every demo patient's outbox, newest first (the store reads it in that order). */
export async function readDevInbox(
  store: InboxStore,
  db: DocumentClient,
  tableName: string,
  users: readonly DemoUser[],
): Promise<DevInboxResponse> {
  const inboxes = await Promise.all(
    demoPatientsOf(users).map(async ({ user, patientId }): Promise<DevInbox> => {
      const [patient, messages] = await Promise.all([
        store.getPatient(db, tableName, patientId),
        store.messagesFor(db, tableName, patientId),
      ]);
      return {
        user: toDevUser(user),
        patientId,
        contact: contactOf(patient?.profile),
        messages: messages.map(store.patientView),
      };
    }),
  );
  return { inboxes };
}

/**
 * GET /api/dev/inbox. Like the dev sign-in routes it exists only in the runner, never in the
 * route table, so it can never be deployed: in AWS nobody may read every patient's messages.
 */
export async function handleDevInboxRoute(
  req: IncomingMessage,
  res: ServerResponse,
  ready: Promise<void>,
  readInbox: () => Promise<DevInboxResponse>,
): Promise<number> {
  if (req.method !== "GET")
    return sendJson(res, 405, { message: "Method Not Allowed" }, { allow: "GET" });
  try {
    await ready;
  } catch {
    return sendJson(res, 503, { message: "Service Unavailable" });
  }
  return sendJson(res, 200, await readInbox(), { "cache-control": "no-store" });
}
