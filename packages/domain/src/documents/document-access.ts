/**
 * Who may read a supporting document. Its owner always may; once a journey attaches it (to a
 * PHB application, an advice request), that journey's staff may too, within their own scope.
 * Analysts never: no patient documents in the dashboard.
 */

export const attachmentKinds = ["phb-application", "advice-request"] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** What a document is attached to, with the scope its staff readers must share. */
export interface DocumentAttachment {
  kind: AttachmentKind;
  id: string;
  scope: { icbId?: string; siteId?: string };
}

/** The parts of a signed-in caller this rule reads (a structural match for Principal). */
export interface DocumentReader {
  role: string;
  userId: string;
  siteId?: string;
  icbId?: string;
}

/**
 * The staff each kind of attachment admits: their roles, and the scope field (on both the
 * caller and the attachment) that must match: the ICB's PHB team for an application, the
 * practice's staff for an advice request.
 */
export const documentStaffReaders: Record<
  AttachmentKind,
  { roles: readonly string[]; scope: "icbId" | "siteId" }
> = {
  "phb-application": { roles: ["phb-team"], scope: "icbId" },
  "advice-request": { roles: ["receptionist", "clinician"], scope: "siteId" },
};

export function canReadDocument(
  reader: DocumentReader,
  document: { ownerUserId: string; attachedTo?: DocumentAttachment | undefined },
  staffReaders: typeof documentStaffReaders = documentStaffReaders,
): boolean {
  if (reader.userId === document.ownerUserId) return true;
  const attachment = document.attachedTo;
  if (!attachment) return false;
  const rule = staffReaders[attachment.kind];
  if (!rule.roles.includes(reader.role)) return false;
  const needed = attachment.scope[rule.scope];
  return needed !== undefined && reader[rule.scope] === needed;
}
