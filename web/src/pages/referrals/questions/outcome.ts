import type { SelfReferralOutcome } from "@front-door/contracts";
import { adviceElement, contactRoutes } from "../../../lib/advice-card.ts";
import { h } from "../../../lib/dom.ts";
import { referralHref } from "../../../lib/referrals.ts";

/**
 * What the patient sees once the server has decided. Every outcome says plainly whether a
 * referral was made, and none is a dead end: each ends with somewhere to go next.
 */

export interface RenderedOutcome {
  element: HTMLElement;
  /** The page's new title, and the heading focus moves to. */
  title: string;
  headingId: string;
}

interface Where {
  serviceName: string;
  siteName: string;
}

function inset(...children: (HTMLElement | string)[]): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-inset-text" },
    h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
    ...children,
  );
}

const elsewhere = () =>
  h(
    "ul",
    { id: "other-help" },
    h("li", {}, h("a", { href: "/find/" }, "Find a service near you")),
    h(
      "li",
      {},
      h("a", { href: "/self-referral/" }, "See other services you can refer yourself to"),
    ),
  );

function referred(
  outcome: Extract<SelfReferralOutcome, { kind: "referred" }>,
  where: Where,
): RenderedOutcome {
  const { referral } = outcome;
  const latest = referral.timeline.at(-1);
  const element = h(
    "div",
    { id: "referral-sent" },
    h(
      "div",
      { class: "nhsuk-panel", id: "referral-sent-panel" },
      h("h1", { class: "nhsuk-panel__heading", id: "outcome-heading" }, "Referral sent"),
      h(
        "div",
        { class: "nhsuk-panel__body" },
        `Your referral to ${where.serviceName} has been sent.`,
        h("br"),
        "Your reference is",
        h("br"),
        h("strong", { id: "referral-reference" }, referral.reference),
      ),
    ),
    h("h2", {}, "What happens next"),
    h(
      "p",
      {},
      latest?.description ??
        "The service will look at your referral and tell you what happens next.",
    ),
    h("p", {}, `Quote your reference if you contact ${where.siteName} about this referral.`),
    h(
      "p",
      {},
      "If the problem gets worse while you wait, contact your GP practice or call 111. In an emergency, call 999.",
    ),
    h(
      "p",
      {},
      h("a", { href: referralHref(referral.id), id: "view-referral" }, "View your referral"),
    ),
    h(
      "p",
      {},
      "You can see all your referrals in ",
      h("a", { href: "/referrals/" }, "Your referrals"),
      ".",
    ),
  );
  return { element, title: "Referral sent", headingId: "outcome-heading" };
}

function ineligible(
  outcome: Extract<SelfReferralOutcome, { kind: "ineligible" }>,
  where: Where,
): RenderedOutcome {
  const title =
    outcome.route === "see-gp"
      ? "Contact your GP practice instead"
      : `${where.serviceName} is not the right service for this`;
  const element = h(
    "div",
    { id: "referral-ineligible", "data-reason-code": outcome.reasonCode },
    h("h1", { id: "outcome-heading" }, title),
    h("p", { id: "ineligible-reason" }, outcome.reason),
    h("h2", {}, "What to do instead"),
    h("p", { id: "ineligible-signpost" }, outcome.signpost),
    inset(h("p", {}, "We have not sent a referral. You do not need to fill in this form again.")),
    h("h2", { class: "nhsuk-heading-s" }, "Other help"),
    elsewhere(),
  );
  return { element, title, headingId: "outcome-heading" };
}

function urgentSameDay(
  outcome: Extract<SelfReferralOutcome, { kind: "urgent-same-day" }>,
): RenderedOutcome {
  const title = "You need to be seen today";
  const element = h(
    "div",
    { id: "referral-urgent", "data-reason-code": outcome.reasonCode },
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--care nhsuk-card--care--urgent", id: "urgent-advice" },
      h(
        "div",
        { class: "nhsuk-card--care__heading-container" },
        h(
          "h1",
          { class: "nhsuk-card--care__heading", id: "outcome-heading" },
          h("span", { class: "nhsuk-u-visually-hidden" }, "Urgent advice: "),
          title,
        ),
        h("span", { class: "nhsuk-card--care__arrow", "aria-hidden": "true" }),
      ),
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("p", { id: "urgent-reason" }, outcome.reason),
        h("p", { id: "urgent-signpost" }, outcome.signpost),
        h(
          "p",
          {},
          h("a", { href: "/same-day/", id: "same-day-link" }, "Get a same-day appointment"),
          " with your GP practice or a nearby health centre.",
        ),
      ),
    ),
    ...contactRoutes("If you are not sure what to do", "if-unsure", outcome.ifUnsure),
    inset(
      h(
        "p",
        {},
        "We have not sent a referral, because you need to be seen sooner than this service can see you.",
      ),
    ),
  );
  return { element, title, headingId: "outcome-heading" };
}

export function outcomeElement(outcome: SelfReferralOutcome, where: Where): RenderedOutcome {
  switch (outcome.kind) {
    case "referred":
      return referred(outcome, where);
    case "ineligible":
      return ineligible(outcome, where);
    case "emergency":
      return {
        element: adviceElement(
          outcome.advice,
          "We have not sent a referral. Please follow the advice above now.",
        ),
        title: outcome.advice.heading,
        headingId: "advice-heading",
      };
    case "urgent-same-day":
      return urgentSameDay(outcome);
    default: {
      const unknown: never = outcome;
      throw new Error(`Unknown outcome ${JSON.stringify(unknown)}`);
    }
  }
}
