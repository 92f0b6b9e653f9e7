/**
 * Key builders: the only place key strings are spelled. docs/data-model.md lists the access
 * patterns that use them.
 */
/** The only partition the health function's IAM grant lets it read (infra reads this too). */
export const healthProbePartition = "HEALTH";

export const keys = {
  /** Never written: the health check reads it to see that the table answers. */
  healthProbe: () => ({ pk: healthProbePartition, sk: "PROBE" }),
  icb: (icbId: string) => ({ pk: `ICB#${icbId}`, sk: "ICB" }),
  /**
   * An unsettled message in the delivery sweep's index: due at `dueAt` (a retry's next attempt,
   * a claim's lease end, or a new message's grace for the stream). Spread over `outboxShards`
   * partitions by message id, so a rush of messages writes no one index partition hot.
   */
  messageDue: (shard: number, dueAt: string, messageId: string) => ({
    gsi1pk: `OUTBOXDUE#${String(shard).padStart(2, "0")}`,
    gsi1sk: `${dueAt}#${messageId}`,
  }),
  /** A message that could not be delivered after every attempt, by the London day it failed. */
  messageFailed: (localDate: string, settledAt: string, messageId: string) => ({
    gsi1pk: `OUTBOXFAILED#${localDate}`,
    gsi1sk: `${settledAt}#${messageId}`,
  }),
  /** Every ICB, for work that runs across the whole deployment (a few dozen items at most). */
  icbInList: (icbId: string) => ({ gsi1pk: "ICBS", gsi1sk: `ICB#${icbId}` }),
  site: (siteId: string) => ({ pk: `SITE#${siteId}`, sk: "SITE" }),
  siteInIcb: (icbId: string, siteId: string) => ({
    gsi1pk: `ICB#${icbId}`,
    gsi1sk: `SITE#${siteId}`,
  }),
  /** A site's session templates sit in the site's partition: one Query gives site and rota. */
  sessionTemplate: (siteId: string, templateId: string) => ({
    pk: `SITE#${siteId}`,
    sk: `TEMPLATE#${templateId}`,
  }),
  offer: (siteId: string, service: string) => ({ pk: `SITE#${siteId}`, sk: `OFFER#${service}` }),
  /** The sites nearest a site offering a service, worked out when sites are added (sites-near.ts). */
  sitesNear: (siteId: string, service: string) => ({
    pk: `SITE#${siteId}`,
    sk: `NEAR#${service}`,
  }),
  /**
   * One per 3-character geohash cell: bumped by every site added within reach of it, so two
   * sites added near each other at once cannot both miss the other (sites-near.ts).
   */
  siteArea: (geohash3: string) => ({ pk: `SITEAREA#${geohash3}`, sk: "SITEAREA" }),
  /** Offers are indexed by a 3-character geohash partition and a 6-character sort prefix. */
  offerNear: (service: string, geohash6: string, siteId: string) => ({
    gsi1pk: `OFFER#${service}#${geohash6.slice(0, 3)}`,
    gsi1sk: `${geohash6}#${siteId}`,
  }),
  patient: (patientId: string) => ({ pk: `PATIENT#${patientId}`, sk: "PATIENT" }),
  patientByNhsNumber: (nhsNumber: string) => ({ gsi1pk: `NHS#${nhsNumber}`, gsi1sk: "PATIENT" }),
  slot: (slotId: string) => ({ pk: `SLOT#${slotId}`, sk: "SLOT" }),
  /** A site's slots for one London date, in start order: the day list. */
  slotOnDay: (siteId: string, localDate: string, start: string, slotId: string) => ({
    gsi1pk: `SITEDAY#${siteId}#${localDate}`,
    gsi1sk: `${start}#${slotId}`,
  }),
  /**
   * One service's slots at a site on a London date that may be free, by start (gsi2). The sort
   * key is the slot's own `start`: a write that frees a slot copies it back (`SET gsi2sk =
   * start`), one that books or blocks it removes it, so the index holds only open slots.
   */
  openSlot: (siteId: string, service: string, localDate: string, start: string) => ({
    gsi2pk: `SLOTS#${siteId}#${service}#${localDate}`,
    gsi2sk: start,
  }),
  appointment: (appointmentId: string) => ({ pk: `APPT#${appointmentId}`, sk: "APPT" }),
  appointmentOfPatient: (patientId: string, start: string, appointmentId: string) => ({
    gsi1pk: `PATIENT#${patientId}#APPTS`,
    gsi1sk: `${start}#${appointmentId}`,
  }),
  /** Exists while a patient holds an active same-day appointment on that London date. */
  sameDayGuard: (patientId: string, localDate: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `SAMEDAY#${localDate}`,
  }),
  /** Which slot a patient holds in a journey ("same-day", "referral"): one live hold each. */
  patientHold: (patientId: string, journey: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `HOLD#${journey}`,
  }),
  /**
   * One shard of a counter (packages/store/src/counts): the group's partitions are spread over
   * the shards, so no partition key or item takes every write of a rush.
   */
  counterShard: (group: string, shard: number, name: string) => ({
    pk: `${group}#SHARD#${String(shard).padStart(2, "0")}`,
    sk: name,
  }),
  /** The counter group of an ICB's daily counts, and a count's name in it (sortable by date). */
  dailyCounts: (icbId: string, localDate: string, siteId: string, service: string) => ({
    group: `COUNTS#${icbId}`,
    name: `${localDate}#${siteId}#${service}`,
  }),
  /**
   * Where daily counts lived before they were sharded: one item per day, site and service in
   * one partition per ICB. Still read (and summed) so a developer's older data keeps its counts.
   */
  unshardedDailyCounts: (icbId: string) => ({ pk: `COUNTS#${icbId}` }),
  sameDayRequest: (requestId: string) => ({ pk: `REQ#${requestId}`, sk: "REQ" }),
  /** A site's same-day requests for one London date, oldest first: the queue. */
  requestInQueue: (siteId: string, localDate: string, createdAt: string, requestId: string) => ({
    gsi1pk: `SITEQUEUE#${siteId}#${localDate}`,
    gsi1sk: `${createdAt}#${requestId}`,
  }),
  /** A day's waiting list for a site and service, in the order people joined. */
  waitingEntry: (
    siteId: string,
    service: string,
    localDate: string,
    joinedAt: string,
    patientId: string,
  ) => ({
    pk: `WAIT#${siteId}#${service}#${localDate}`,
    sk: `${joinedAt}#${patientId}`,
  }),
  /**
   * A freed slot the waiting list is still owed an offer of: written in the transaction that
   * freed it, deleted once an offer was tried. Indexed by the slot's London date and when the
   * pass-on job should look at it, so a failed offer is tried again on the job's next run.
   */
  offerOwed: (slotId: string) => ({ pk: `OWED#${slotId}`, sk: "OWED" }),
  offerOwedDue: (localDate: string, dueAt: string, slotId: string) => ({
    gsi1pk: `OWED#${localDate}`,
    gsi1sk: `${dueAt}#${slotId}`,
  }),
  /** A waiting-list offer while it stands, by London date and expiry: the pass-on job's index. */
  standingOffer: (localDate: string, expiresAt: string, siteId: string, patientId: string) => ({
    gsi1pk: `OFFERS#${localDate}`,
    gsi1sk: `${expiresAt}#${siteId}#${patientId}`,
  }),
  /**
   * A patient's copy of a waiting-list offer, in their own partition: "my offers" reads only
   * theirs. Sorted by London date then expiry, so a Query skips the ones that have run out.
   */
  offerToPatient: (patientId: string, localDate: string, expiresAt: string, slotId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `OFFER#${localDate}#${expiresAt}#${slotId}`,
  }),
  /** A self-referral; its timeline events share the partition, so one Query reads both. */
  referral: (referralId: string) => ({ pk: `REF#${referralId}`, sk: "REF" }),
  /**
   * A site's referrals at one stage, urgent first then oldest: the triage queue. Rewritten with
   * the referral whenever its stage or priority changes.
   */
  referralInQueue: (
    siteId: string,
    stage: string,
    urgent: boolean,
    submittedAt: string,
    referralId: string,
  ) => ({
    gsi1pk: `SITEREFS#${siteId}#${stage}`,
    gsi1sk: `${urgent ? "0" : "1"}#${submittedAt}#${referralId}`,
  }),
  referralEvent: (referralId: string, at: string, seq: number) => ({
    pk: `REF#${referralId}`,
    sk: `EVENT#${at}#${String(seq).padStart(4, "0")}`,
  }),
  /** A patient's copy of their referral's headline, for "your referrals" in one Query. */
  referralOfPatient: (patientId: string, submittedAt: string, referralId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `REFERRAL#${submittedAt}#${referralId}`,
  }),
  /** A self-referral check that made no referral (ineligible, emergency, urgent): for audit. */
  selfReferralCheck: (patientId: string, at: string, checkId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `REFCHECK#${at}#${checkId}`,
  }),
  /** A personal health budget application; its audit events share the partition. */
  phbApplication: (applicationId: string) => ({ pk: `PHB#${applicationId}`, sk: "PHB" }),
  /**
   * An ICB's open applications at one stage by due date (overdue first): the work queue, and
   * for budgets in place the reviews due. Absent once closed, so the index stays sparse.
   */
  phbInQueue: (icbId: string, stage: string, dueBy: string, applicationId: string) => ({
    gsi1pk: `PHBQUEUE#${icbId}#${stage}`,
    gsi1sk: `${dueBy}#${applicationId}`,
  }),
  /** Once per review: the PHB team was reminded of the review due on that date. */
  phbReviewReminder: (applicationId: string, dueOn: string) => ({
    pk: `PHB#${applicationId}`,
    sk: `REVIEWREMINDER#${dueOn}`,
  }),
  phbEvent: (applicationId: string, at: string, seq: number) => ({
    pk: `PHB#${applicationId}`,
    sk: `EVENT#${at}#${String(seq).padStart(4, "0")}`,
  }),
  /** The applicant's copy of an application's headline: "your applications" in one Query. */
  phbOfApplicant: (patientId: string, createdAt: string, applicationId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `PHB#${createdAt}#${applicationId}`,
  }),
  /** The applicant's unfinished application: one per person. */
  phbDraft: (patientId: string) => ({ pk: `PATIENT#${patientId}`, sk: "PHBDRAFT" }),
  /**
   * The counter group of an ICB's PHB counts, and a count's name in it (a London date and
   * route, sortable by date): sharded like every count (see phb-counts.ts).
   */
  phbCounts: (icbId: string, localDate: string, routeId: string) => ({
    group: `PHBCOUNTS#${icbId}`,
    name: `${localDate}#${routeId}`,
  }),
  /**
   * The counter group of an ICB's online advice counts, and a count's name in it: a London date
   * and site (sortable by date), or `OPEN#<due minute>#<site>` for requests awaiting a first
   * answer. Sharded like every count (see advice/counts.ts).
   */
  adviceCounts: (icbId: string, name: string, siteId: string) => ({
    group: `ADVICECOUNTS#${icbId}`,
    name: `${name}#${siteId}`,
  }),
  /** A message to a patient, written in the same transaction as the change it reports. */
  message: (patientId: string, createdAt: string, messageId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `MSG#${createdAt}#${messageId}`,
  }),
  /** A supporting document's metadata (its bytes are in S3, never here). */
  document: (documentId: string) => ({ pk: `DOC#${documentId}`, sk: "DOC" }),
  /**
   * One of a person's upload places (0 to 19): an upload not yet checked holds one, so nobody
   * can have more than 20 at once. All of a person's places share a partition: one Query.
   */
  documentUploadPlace: (ownerUserId: string, place: number) => ({
    pk: `UPLOADS#${ownerUserId}`,
    sk: `PLACE#${String(place).padStart(2, "0")}`,
  }),
  /** An online advice request; its thread, notes and audit entries share the partition. */
  adviceRequest: (requestId: string) => ({ pk: `ADVICE#${requestId}`, sk: "REQUEST" }),
  /**
   * A site's open (or closed) advice requests, urgent first, then by due time: the inbox.
   * Rewritten with the request whenever its status, urgency or due time changes.
   */
  adviceInInbox: (
    siteId: string,
    open: boolean,
    urgent: boolean,
    dueAt: string,
    requestId: string,
  ) => ({
    gsi1pk: `SITEADVICE#${siteId}#${open ? "open" : "closed"}`,
    gsi1sk: `${urgent ? "0" : "1"}#${dueAt}#${requestId}`,
  }),
  adviceEntry: (requestId: string, seq: number) => ({
    pk: `ADVICE#${requestId}`,
    sk: `ENTRY#${String(seq).padStart(5, "0")}`,
  }),
  /** The requester's copy of a request's headline, for "your requests" in one Query. */
  adviceOfPatient: (patientId: string, submittedAt: string, requestId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `ADVICE#${submittedAt}#${requestId}`,
  }),
  /** A red-flag check that sent nothing (diverted to 999, A&E or crisis routes): for audit. */
  adviceCheck: (patientId: string, at: string, checkId: string) => ({
    pk: `PATIENT#${patientId}`,
    sk: `ADVICECHECK#${at}#${checkId}`,
  }),
  adviceSettings: (siteId: string) => ({ pk: `SITE#${siteId}`, sk: "ADVICE-SETTINGS" }),
  /** Exists while a request waits for the patient's reply, by the London date it closes itself. */
  adviceAwaitingReply: (closesOn: string, closesAt: string, requestId: string) => ({
    pk: `ADVICEWAIT#${closesOn}`,
    sk: `${closesAt}#${requestId}`,
  }),
} as const;
