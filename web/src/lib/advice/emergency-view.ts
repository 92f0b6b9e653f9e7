import type { TriageAdvice } from "@front-door/contracts";
import { adviceElement } from "../advice-card.ts";
import { h } from "../dom.ts";

/**
 * Emergency advice after the patient's own words raised a flag: the request (or reply) is
 * already with the practice, marked urgent, and the patient may say the words were not meant
 * that way — that is recorded beside the flag and the request stays urgent. Never a silent drop.
 */
export function flaggedWordsAdvice(
  advice: TriageAdvice,
  recordedNote: string,
  onNotMeant: (button: HTMLButtonElement) => void,
): HTMLElement {
  const button = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: "not-an-emergency" },
    "This is not what I meant",
  );
  button.addEventListener("click", () => onNotMeant(button));
  return h(
    "div",
    { id: "flagged-words" },
    adviceElement(advice, recordedNote),
    h("h2", { class: "nhsuk-heading-m" }, "If this is not what you meant"),
    h(
      "p",
      {},
      "Tell us, and we will let your practice know. They will still treat your request as urgent, and a person there will read it.",
    ),
    button,
  );
}

/**
 * Emergency signs ticked but the service could not be reached to record it: the advice still
 * shows, from the page itself, because it must never wait on a network.
 */
export function offlineEmergencyAdvice(): HTMLElement {
  return h(
    "div",
    {
      class: "nhsuk-card nhsuk-card--care nhsuk-card--care--emergency",
      id: "red-flag-advice",
    },
    h(
      "div",
      { class: "nhsuk-card--care__heading-container" },
      h(
        "h1",
        { class: "nhsuk-card--care__heading", id: "advice-heading" },
        h("span", { class: "nhsuk-u-visually-hidden" }, "Immediate action required: "),
        "Call 999 or go to A&E now",
      ),
      h("span", { class: "nhsuk-card--care__arrow", "aria-hidden": "true" }),
    ),
    h(
      "div",
      { class: "nhsuk-card__content" },
      h("p", {}, "What you told us means you need help sooner than your practice can reply."),
      h(
        "p",
        {},
        "Deaf people can use the 999 BSL video relay or text relay on 18000. If you are not sure what to do, call 111.",
      ),
    ),
  );
}
