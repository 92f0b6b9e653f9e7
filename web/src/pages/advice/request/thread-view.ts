import type { MyAdviceRequestResponse } from "@front-door/contracts";
import { requestTypeNames } from "@front-door/domain";
import {
  entryHeading,
  entryTag,
  fileSize,
  outcomeLabels,
  statusLabels,
} from "../../../lib/advice/advice-words.ts";
import { type Child, h, summaryList } from "../../../lib/dom.ts";
import { formatClockTime, formatWeekdayDate } from "../../../lib/format.ts";
import { formatLondonDate, formatLondonDateTime } from "../../../lib/referrals.ts";

type Request = MyAdviceRequestResponse["request"];
type Entry = Request["thread"][number];
type Document = NonNullable<Entry["documents"]>[number];

/** A link that fetches a short-lived download address when clicked (see main.ts). */
function documentLinks(documents: readonly Document[], id: string): Child {
  if (!documents.length) return undefined;
  return h(
    "ul",
    { class: "nhsuk-list", id },
    ...documents.map((d) =>
      h(
        "li",
        {},
        h("a", { href: "#", "data-document-id": d.documentId }, d.fileName),
        ` (${fileSize(d.size)})`,
      ),
    ),
  );
}

/** Everything anyone wrote goes in as text, with its line breaks: never markup. */
const written = (text: string) => h("p", { class: "app-own-words" }, text);

function entry(e: Entry): HTMLElement {
  const tag = entryTag(e);
  return h(
    "li",
    { class: "nhsuk-card", "data-entry-kind": e.kind, "data-seq": e.seq },
    h(
      "div",
      { class: "nhsuk-card__content" },
      h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, entryHeading(e)),
      h("p", { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" }, formatLondonDateTime(e.at)),
      tag ? h("strong", { class: `nhsuk-tag ${tag.tag}` }, tag.text) : undefined,
      e.text ? written(e.text) : undefined,
      e.signpost ? h("p", {}, h("strong", {}, "Where to go: "), e.signpost) : undefined,
      e.outcome && e.outcome in outcomeLabels
        ? h(
            "p",
            {},
            h("strong", {}, "Outcome: "),
            outcomeLabels[e.outcome as keyof typeof outcomeLabels],
          )
        : undefined,
      documentLinks(e.documents ?? [], `entry-${e.seq}-documents`),
    ),
  );
}

/**
 * The practice's answer as an appointment: times held to choose from, or the one booked.
 * Shown above the thread, as it is what the patient has to act on.
 */
function appointmentAnswer(request: Request, now: number): Child {
  if (request.appointment) {
    const booked = request.appointment;
    return h(
      "div",
      { class: "nhsuk-inset-text", id: "advice-appointment" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h(
        "p",
        {},
        `Your appointment: ${formatWeekdayDate(booked.localDate)} at ${formatClockTime(booked.localStart)}, booking reference ${booked.bookingReference}. `,
        h("a", { href: "/appointments/" }, "See it in Your appointments"),
      ),
    );
  }
  const offer = request.offer;
  if (request.status !== "awaiting-patient" || !offer || Date.parse(offer.expiresAt) <= now) {
    return undefined;
  }
  return h(
    "div",
    { class: "nhsuk-inset-text", id: "advice-offer" },
    h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
    h("p", {}, "Your practice has offered you appointment times, held for you for now."),
    h(
      "p",
      {},
      h(
        "a",
        { href: `/advice/offered-times/?id=${encodeURIComponent(request.id)}` },
        "Choose an appointment",
      ),
    ),
  );
}

export function threadView(request: Request, now = Date.now()): Child[] {
  const status = statusLabels[request.status];
  const forWhom =
    request.subject.kind === "self"
      ? "You"
      : `${request.subject.name}${request.subject.relationship ? ` (${request.subject.relationship})` : ""}`;
  return [
    h(
      "h1",
      { id: "thread-heading" },
      h(
        "span",
        { class: "nhsuk-caption-l" },
        request.category === "admin" ? "Admin request" : "Medical request",
      ),
      `Request ${request.reference}`,
    ),
    appointmentAnswer(request, now),
    summaryList([
      {
        key: "Status",
        value: h("strong", { class: `nhsuk-tag ${status.tag}`, id: "thread-status" }, status.text),
      },
      ...(request.outcome
        ? [
            {
              key: "Outcome",
              value: h("span", { id: "thread-outcome" }, outcomeLabels[request.outcome]),
            },
          ]
        : []),
      { key: "For", value: forWhom },
      { key: "Sent", value: formatLondonDate(request.submittedAt) },
      ...(request.status === "closed"
        ? []
        : [{ key: "Reply due by", value: formatWeekdayDate(request.replyDueDate) }]),
    ]),
    h("h2", {}, "What you asked"),
    ...request.problems.flatMap((p, i) => [
      h(
        "h3",
        { class: "nhsuk-heading-s" },
        request.problems.length > 1
          ? `${i + 1}. ${requestTypeNames[p.type]}`
          : requestTypeNames[p.type],
      ),
      written(p.description),
    ]),
    request.documents.length ? h("h3", { class: "nhsuk-heading-s" }, "Files you sent") : undefined,
    documentLinks(request.documents, "request-documents"),
    h("h2", {}, "Messages"),
    h("ul", { class: "nhsuk-list", id: "thread-entries" }, ...request.thread.map(entry)),
  ];
}
