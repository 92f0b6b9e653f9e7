import { focusElement, h } from "../../../lib/dom.ts";
import { actionForm, type SendAction } from "./action-form.ts";

const confirmations = {
  "cancel-booking": {
    button: "Cancel appointment",
    heading: "Cancel this appointment?",
    text: "The time becomes free for others and the patient is told. The referral stays open, back to accepted, so a new time can be booked.",
    yes: "Yes, cancel appointment",
    no: "No, keep it",
  },
  withdraw: {
    button: "Withdraw for the patient",
    heading: "Withdraw this referral for the patient?",
    text: "Only when the patient has asked, for example on the phone. The service will not act on it, and the patient can see it was withdrawn by staff.",
    yes: "Yes, withdraw referral",
    no: "No, keep it",
  },
  "mark-entered-in-error": {
    button: "Mark as entered in error",
    heading: "Mark this referral as entered in error?",
    text: "Only for a referral recorded by mistake, such as one for the wrong patient. It leaves the queue for good and stays on the record.",
    yes: "Yes, mark as entered in error",
    no: "No, go back",
  },
} as const;

/** A button that first asks "are you sure?" in a warning callout, then sends. */
export function confirmedAction(
  action: "withdraw" | "mark-entered-in-error" | "cancel-booking",
  send: SendAction,
): HTMLElement {
  const words = confirmations[action];
  const start = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary",
      type: "button",
      id: `${action}-button`,
      "aria-expanded": "false",
    },
    words.button,
  );
  const holder = h("div", { id: `${action}-action` }, start);
  start.addEventListener("click", () => {
    const yes = h(
      "button",
      { class: "nhsuk-button nhsuk-button--warning", type: "submit" },
      words.yes,
    );
    const no = h(
      "button",
      { class: "nhsuk-button nhsuk-button--secondary", type: "button" },
      words.no,
    );
    const heading = h(
      "h3",
      { class: "nhsuk-card__heading" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Important: "),
      words.heading,
    );
    const form = actionForm(
      action,
      send,
      () => ({ type: action }),
      () => `${action}-button`,
      h(
        "div",
        { class: "nhsuk-card nhsuk-card--warning", id: `confirm-${action}` },
        h(
          "div",
          { class: "nhsuk-card__content" },
          heading,
          h("p", {}, words.text),
          h("div", { class: "nhsuk-button-group" }, yes, no),
        ),
      ),
    );
    no.addEventListener("click", () => {
      form.remove();
      start.hidden = false;
      start.setAttribute("aria-expanded", "false");
      start.focus();
    });
    start.hidden = true;
    start.setAttribute("aria-expanded", "true");
    holder.append(form);
    focusElement(heading);
  });
  return holder;
}
