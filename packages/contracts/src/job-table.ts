import type { TableAccess } from "./route-definition.ts";

/**
 * Scheduled work, declared like routes: the CDK stack builds one function and one EventBridge
 * schedule per entry with exactly this table access. Schedules run in London time, so "end of
 * the day" stays the end of the day across the clock changes.
 */
export interface JobDefinition {
  id: string;
  /** Entry module under functions/src/, without extension. */
  handler: string;
  summary: string;
  table: TableAccess;
  /** An EventBridge Scheduler cron or rate expression; cron is read in Europe/London time. */
  schedule: string;
  /** Sends outbox messages itself: gets the senders' settings and grants (stream-consumers). */
  sendsMessages?: boolean;
  /**
   * Walks every site of every ICB: the schedule's invocation dispatches a share per ICB to
   * asynchronous invocations of the same function (functions/src/job-fan-out.ts).
   */
  fanOut?: "icb";
}

export const jobs = {
  closeSameDayQueues: {
    id: "close-same-day-queues",
    handler: "same-day/close-same-day-queues",
    summary: "At the end of each London day, count every same-day request still waiting as unmet",
    table: "write",
    schedule: "cron(55 23 * * ? *)",
    fanOut: "icb",
  },
  passOnExpiredOffers: {
    id: "pass-on-expired-offers",
    handler: "same-day/pass-on-expired-offers",
    summary:
      "Every 5 minutes, pass each waiting-list offer that ran out to the next patient waiting, and offer each freed slot whose own request could not",
    table: "write",
    schedule: "rate(5 minutes)",
  },
  sendAppointmentReminders: {
    id: "send-appointment-reminders",
    handler: "same-day/send-appointment-reminders",
    summary:
      "At 6pm London time, remind each patient booked for tomorrow, once, by the channels they agreed",
    table: "write",
    schedule: "cron(0 18 * * ? *)",
    fanOut: "icb",
  },
  closeUnansweredAdviceRequests: {
    id: "close-unanswered-advice-requests",
    handler: "advice/close-unanswered-advice-requests",
    summary:
      "Each hour, close advice requests whose wait for the patient's reply ran out (the patient was told when the practice asked)",
    table: "write",
    schedule: "rate(1 hour)",
  },
  remindPhbReviews: {
    id: "remind-phb-reviews",
    handler: "phb/remind-phb-reviews",
    summary:
      "At 7am London time, mark for each ICB's PHB team, once per review, the budgets whose review is due within two weeks or overdue",
    table: "write",
    schedule: "cron(0 7 * * ? *)",
  },
  deliverDueMessages: {
    id: "deliver-due-messages",
    handler: "deliver-due-messages",
    summary:
      "Every minute, deliver the outbox messages due again: backing off after a busy provider, left by a delivery that died, or missed by the stream",
    table: "write",
    schedule: "rate(1 minute)",
    sendsMessages: true,
  },
} as const satisfies Record<string, JobDefinition>;

export const jobList: readonly JobDefinition[] = Object.values(jobs);

/**
 * The line deliver-due-messages logs, at error level with a count and nothing else, when
 * messages failed for good after every attempt; the operations stack's alarm counts it.
 */
export const undeliverableLog = {
  message: "messages could not be delivered after every attempt",
  countField: "undeliverable",
} as const;
