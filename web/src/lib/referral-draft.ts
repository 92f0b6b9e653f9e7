import { claimNames } from "@front-door/contracts";
import { decodeJwtClaims, type Session } from "./session.ts";

/**
 * A self-referral's answers while the patient is still giving them, kept in this tab so that
 * going back, reloading, or signing in again after the session lapsed never means telling the
 * story twice. sessionStorage, like the session: it goes with the tab. Each draft names whose
 * it is, so on a shared computer nobody signing in later in the same tab sees it.
 */
export interface ReferralDraft {
  owner: string;
  serviceId: string;
  questionnaireVersion: number;
  /** The form's values by input name, as typed. */
  values: Record<string, string>;
}

export type DraftStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const prefix = "front-door.self-referral-draft.";
const draftKey = (serviceId: string) => `${prefix}${serviceId}`;

/** Who the draft belongs to: the token's subject, which stays the same across sign-ins. */
export function draftOwner(session: Session): string {
  const subject = decodeJwtClaims(session.token)?.[claimNames.subject];
  return typeof subject === "string" ? subject : `name:${session.displayName}`;
}

export function saveDraft(store: DraftStore, draft: ReferralDraft): void {
  store.setItem(draftKey(draft.serviceId), JSON.stringify(draft));
}

function isDraft(value: unknown): value is ReferralDraft {
  const draft = value as Partial<ReferralDraft> | null;
  return (
    typeof draft?.owner === "string" &&
    typeof draft.serviceId === "string" &&
    typeof draft.questionnaireVersion === "number" &&
    typeof draft.values === "object" &&
    draft.values !== null &&
    Object.values(draft.values).every((v) => typeof v === "string")
  );
}

/**
 * The owner's draft for a service, if there is one. Anyone else's is removed, not shown. A
 * draft made with an older version of the questions is still returned: answers are matched by
 * linkId, and the shared validation points out any that no longer fit.
 */
export function readDraft(
  store: DraftStore,
  serviceId: string,
  owner: string,
): ReferralDraft | undefined {
  const raw = store.getItem(draftKey(serviceId));
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!isDraft(parsed) || parsed.owner !== owner || parsed.serviceId !== serviceId) {
    store.removeItem(draftKey(serviceId));
    return undefined;
  }
  return parsed;
}

export function clearDraft(store: DraftStore, serviceId: string): void {
  store.removeItem(draftKey(serviceId));
}

/** On signing out: every draft in this tab goes, whoever's it was. */
export function clearAllDrafts(store: DraftStore): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}
