import type { StaffReferralResponse } from "@front-door/contracts";
import { type Child, h, summaryList } from "../../../lib/dom.ts";
import { appointmentWhen, formatNhsNumber } from "../../../lib/format.ts";
import { appointmentStatusTags, channelLabels, type TagLabel } from "../../../lib/staff-labels.ts";
import {
  dateOfBirthText,
  londonDateTime,
  referralActorText,
  referralEventWords,
  referralPriorityTags,
  referralStageTags,
  rejectionReasonLabels,
} from "../../../lib/staff-referral-labels.ts";

export type StaffReferral = StaffReferralResponse["referral"];

export function tag(label: TagLabel): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${label.colour}` }, label.text);
}

/**
 * The appointment: when, how, its reference and status once booked; before that, who arranges
 * it (the patient online, or the service).
 */
function appointmentRows(referral: StaffReferral): { key: string; value: Child | Child[] }[] {
  const { appointment } = referral;
  if (appointment) {
    return [
      {
        key: "Appointment",
        value: [appointmentWhen(appointment), h("br"), channelLabels[appointment.channel]],
      },
      { key: "Booking reference", value: appointment.bookingReference },
      { key: "Appointment status", value: tag(appointmentStatusTags[appointment.status]) },
    ];
  }
  if (referral.stage !== "accepted") return [];
  return [
    {
      key: "Appointment",
      value: referral.bookOnline
        ? "Not booked yet. The patient can choose a time online, or you can book one for them."
        : "Not booked yet. The service will contact the patient to arrange one.",
    },
  ];
}

/** Who the patient is and where the referral stands: what staff check first, and on the phone. */
export function referralSummary(referral: StaffReferral, today: string): HTMLElement {
  const { patient } = referral;
  return h(
    "div",
    {},
    summaryList([
      { key: "Patient", value: patient.name },
      {
        key: "NHS number",
        value: patient.nhsNumber ? formatNhsNumber(patient.nhsNumber) : "Not known",
      },
      { key: "Date of birth", value: dateOfBirthText(patient.dateOfBirth, today) },
      { key: "Service", value: referral.serviceName },
      { key: "Stage", value: tag(referralStageTags[referral.stage]) },
      {
        key: "Priority",
        value: referral.priority ? tag(referralPriorityTags[referral.priority]) : "Not set yet",
      },
      ...appointmentRows(referral),
      { key: "Submitted", value: londonDateTime(referral.submittedAt) },
      { key: "Reference", value: referral.reference },
    ]),
    referral.informationRequest &&
      h(
        "div",
        { class: "nhsuk-inset-text", id: "information-asked" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
        h("p", {}, "The service asked the patient:"),
        h("p", {}, `“${referral.informationRequest}”`),
      ),
    referral.rejection &&
      h(
        "div",
        { id: "rejection" },
        h("h2", {}, "Why it was rejected"),
        summaryList([
          { key: "Reason", value: rejectionReasonLabels[referral.rejection.reasonCode] },
          { key: "Told the patient", value: referral.rejection.reason },
          { key: "Where to go instead", value: referral.rejection.signpost },
        ]),
      ),
  );
}

/** The answers as asked, question by question, then anything the patient was asked since. */
export function referralAnswers(referral: StaffReferral): HTMLElement {
  const asked =
    referral.answers.length === 0
      ? h("p", {}, "No answers were recorded.")
      : summaryList(
          referral.answers.map((a) => ({ key: a.question, value: a.answer || "Not answered" })),
        );
  const given = referral.informationGiven ?? [];
  if (given.length === 0) return asked;
  return h(
    "div",
    {},
    asked,
    h("h3", { id: "information-given-heading" }, "Information given since"),
    h(
      "div",
      { id: "information-given" },
      summaryList(
        given.map((g) => ({
          key: `“${g.request}”`,
          value: [
            h("p", {}, g.answer),
            h(
              "p",
              { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" },
              `${g.by === "patient" ? "From the patient" : "Recorded by staff"}, ${londonDateTime(g.at)}`,
            ),
          ],
        })),
      ),
    ),
  );
}

/** The audit trail, oldest first: what happened, who did it and when, and the stage it moved. */
export function referralTimeline(
  referral: StaffReferral,
  myUserId: string | undefined,
): HTMLElement {
  return h(
    "ol",
    { class: "nhsuk-list app-timeline", id: "timeline" },
    ...referral.timeline.map((entry) =>
      h(
        "li",
        { class: "app-timeline__item", "data-event-type": entry.type },
        h(
          "h3",
          { class: "nhsuk-heading-xs nhsuk-u-margin-bottom-1" },
          referralEventWords[entry.type],
        ),
        h(
          "p",
          { class: "nhsuk-u-margin-bottom-1" },
          `${referralActorText(entry, myUserId)}, ${londonDateTime(entry.at)}`,
        ),
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-bottom-1" },
          referralStageTags[entry.from].text,
          h("span", { "aria-hidden": "true" }, " → "),
          h("span", { class: "nhsuk-u-visually-hidden" }, " to "),
          referralStageTags[entry.to].text,
        ),
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" },
          `The patient reads: ${entry.title}. ${entry.description}`,
        ),
      ),
    ),
  );
}
