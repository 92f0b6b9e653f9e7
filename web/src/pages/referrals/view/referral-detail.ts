import type { MyAppointment, MyReferral } from "@front-door/contracts";
import { h, summaryList } from "../../../lib/dom.ts";
import { referralBookingHref, slotWhen } from "../../../lib/referral-booking.ts";
import { referralStageTag } from "../../../lib/referral-stage-tag.ts";
import { formatLondonDateTime, mayWithdraw, referralStageWords } from "../../../lib/referrals.ts";
import { appointmentStatusTags, channelLabels } from "../../../lib/same-day.ts";

/** The referral's particulars: what, where, when, and where it is up to. */
export function referralSummary(referral: MyReferral): HTMLElement {
  return summaryList([
    { key: "Reference", value: referral.reference },
    { key: "Service", value: referral.serviceName },
    { key: "Where", value: referral.site.name },
    { key: "Sent", value: formatLondonDateTime(referral.submittedAt) },
    {
      key: "Where it is up to",
      value: [
        referralStageTag(referral.stage),
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" },
          referralStageWords[referral.stage].meaning,
        ),
      ],
    },
  ]);
}

/**
 * What the service asked, while it waits, and a box to answer it here: the answer goes to the
 * service with the referral and puts it back in their queue.
 */
function informationRequest(referral: MyReferral, onSent: (answer: string) => void): HTMLElement[] {
  if (referral.stage !== "awaiting-information" || !referral.informationRequest) return [];
  const answer = h("textarea", {
    class: "nhsuk-textarea",
    id: "information-answer",
    name: "information-answer",
    rows: 5,
    "aria-describedby": "information-answer-hint",
  });
  const form = h(
    "form",
    { id: "information-form", novalidate: "" },
    h(
      "div",
      { class: "nhsuk-form-group" },
      h("label", { class: "nhsuk-label nhsuk-label--s", for: "information-answer" }, "Your answer"),
      h(
        "div",
        { class: "nhsuk-hint", id: "information-answer-hint" },
        `Only ${referral.site.name} reads this, with your referral. Up to 2,000 characters.`,
      ),
      answer,
    ),
    h(
      "button",
      { class: "nhsuk-button", id: "information-sent", type: "submit" },
      "Send your answer",
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSent((answer as HTMLTextAreaElement).value);
  });
  return [
    h("h2", { id: "information-heading" }, "The service needs more information"),
    h(
      "div",
      { class: "nhsuk-inset-text", id: "information-request" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h("p", {}, `${referral.site.name} asked:`),
      h("p", {}, h("strong", {}, referral.informationRequest)),
    ),
    form,
    h(
      "p",
      {},
      `If you would rather tell them another way, contact ${referral.site.name}. They can record your answer for you.`,
    ),
  ];
}

/** What the patient has told the service since sending the referral, oldest first. */
function informationGiven(referral: MyReferral): HTMLElement[] {
  const given = referral.informationGiven ?? [];
  if (given.length === 0) return [];
  return [
    h("h2", { id: "information-given-heading" }, "What you have told the service since"),
    h(
      "dl",
      { class: "nhsuk-summary-list", id: "information-given" },
      ...given.map((g) =>
        h(
          "div",
          { class: "nhsuk-summary-list__row" },
          h("dt", { class: "nhsuk-summary-list__key" }, g.request),
          h("dd", { class: "nhsuk-summary-list__value" }, g.answer),
        ),
      ),
    ),
  ];
}

/** Why a service did not accept the referral, and where to go instead: plainly, never a dead end. */
function rejection(referral: MyReferral): HTMLElement[] {
  if (referral.stage !== "rejected" || !referral.rejection) return [];
  return [
    h("h2", {}, "Why the service did not accept it"),
    h("p", { id: "rejection-reason" }, referral.rejection.reason),
    h("h2", {}, "What to do instead"),
    h("p", { id: "rejection-signpost" }, referral.rejection.signpost),
  ];
}

/** The referral's appointment: when, how, where and its reference, as the patient quotes it. */
export function appointmentSummary(appointment: MyAppointment): HTMLElement {
  const status = appointmentStatusTags[appointment.status];
  return summaryList([
    { key: "When", value: slotWhen(appointment) },
    { key: "How", value: channelLabels[appointment.channel] },
    {
      key: "Where",
      value: appointment.site.phone
        ? [appointment.site.name, h("br"), `Phone ${appointment.site.phone}`]
        : appointment.site.name,
    },
    { key: "Booking reference", value: appointment.bookingReference },
    ...(appointment.status === "booked"
      ? []
      : [
          {
            key: "Status",
            value: h("strong", { class: `nhsuk-tag nhsuk-tag--${status.colour}` }, status.text),
          },
        ]),
  ]);
}

/** The booked appointment, and a way to cancel it while it is still to come. */
function appointment(referral: MyReferral, onCancel: () => void): HTMLElement[] {
  if (!referral.appointment) return [];
  const cancellable = referral.stage === "booked" && referral.appointment.status === "booked";
  const cancel = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", id: "cancel-appointment", type: "button" },
    "Cancel this appointment",
  );
  cancel.addEventListener("click", onCancel);
  return [
    h("h2", { id: "appointment-heading" }, "Your appointment"),
    h("div", { id: "referral-appointment" }, appointmentSummary(referral.appointment)),
    ...(cancellable
      ? [
          h(
            "p",
            {},
            "If you cannot go, cancel it so someone else can have the time. Your referral stays open and you can choose another time.",
          ),
          cancel,
        ]
      : []),
  ];
}

/**
 * What happens about an appointment once the service has accepted the referral: the patient
 * chooses one here where the service books online; otherwise the service arranges it.
 */
function nextStep(referral: MyReferral): HTMLElement[] {
  if (referral.mayBook) {
    return [
      h("h2", { id: "choose-appointment-heading" }, "Choose an appointment"),
      h(
        "p",
        {},
        `The service has accepted your referral. You can now choose a time for your appointment at ${referral.site.name}.`,
      ),
      h(
        "a",
        {
          class: "nhsuk-button",
          href: referralBookingHref(referral.id),
          role: "button",
          draggable: "false",
          id: "choose-appointment",
        },
        "Choose an appointment",
      ),
    ];
  }
  if (referral.stage === "accepted") {
    return [
      h(
        "div",
        { class: "nhsuk-inset-text", id: "service-will-contact" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
        h(
          "p",
          {},
          `${referral.site.name} will contact you to arrange an appointment. You do not need to do anything until then.`,
        ),
      ),
    ];
  }
  return [];
}

/** What has happened, oldest first, each with its London date and time. */
function timeline(referral: MyReferral): HTMLElement[] {
  return [
    h("h2", {}, "What has happened"),
    h(
      "ol",
      { class: "nhsuk-list nhsuk-list--border", id: "referral-timeline" },
      ...referral.timeline.map((event) =>
        h(
          "li",
          { "data-event-type": event.type },
          h("h3", { class: "nhsuk-heading-xs nhsuk-u-margin-bottom-1" }, event.title),
          h(
            "p",
            { class: "nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-1" },
            h("time", { datetime: event.at }, formatLondonDateTime(event.at)),
          ),
          h("p", { class: "nhsuk-u-margin-bottom-0" }, event.description),
        ),
      ),
    ),
  ];
}

function withdrawButton(referral: MyReferral, onWithdraw: () => void): HTMLElement[] {
  if (!mayWithdraw(referral.stage)) return [];
  const button = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", id: "withdraw-referral", type: "button" },
    "Withdraw this referral",
  );
  button.addEventListener("click", onWithdraw);
  return [
    h("h2", { class: "nhsuk-heading-m" }, "If you no longer need this referral"),
    h(
      "p",
      {},
      "You can withdraw it, for example if the problem has got better or you have been seen somewhere else.",
    ),
    button,
  ];
}

export function referralDetail(
  referral: MyReferral,
  actions: {
    onInformationSent: (answer: string) => void;
    onWithdraw: () => void;
    onCancelAppointment: () => void;
  },
): HTMLElement[] {
  return [
    referralSummary(referral),
    ...nextStep(referral),
    ...appointment(referral, actions.onCancelAppointment),
    ...informationRequest(referral, actions.onInformationSent),
    ...informationGiven(referral),
    ...rejection(referral),
    ...timeline(referral),
    ...withdrawButton(referral, actions.onWithdraw),
  ];
}
