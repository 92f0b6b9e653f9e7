import type { TriageAdvice, TriageContactRoute } from "@front-door/contracts";
import { type Child, h } from "./dom.ts";

function route(r: TriageContactRoute): HTMLElement {
  return h(
    "li",
    { "data-route": r.id },
    r.href ? h("a", { href: r.href }, r.title) : h("strong", {}, r.title),
    h("br"),
    r.description,
  );
}

/** A heading and a bordered list of ways to get help (111, BSL relay, crisis lines); none if empty. */
export function contactRoutes(
  heading: string,
  id: string,
  list: readonly TriageContactRoute[],
): Child[] {
  if (!list.length) return [];
  return [
    h("h3", { class: "nhsuk-heading-s", id: `${id}-heading` }, heading),
    h("ul", { class: "nhsuk-list nhsuk-list--border", id }, ...list.map(route)),
  ];
}

const actionLabels: Record<TriageAdvice["action"], string> = {
  "call-999": "Immediate action required: ",
  "go-to-a-and-e": "Immediate action required: ",
  "mental-health-crisis": "Urgent advice: ",
};

/**
 * Emergency advice, impossible to miss: the NHS emergency care card with the heading, why,
 * what to do, crisis support, and the accessible ways to call. Same-day triage and
 * self-referral both stop here on an emergency answer; `recordedNote` says what became of the
 * answers, so nobody feels they must try again to be heard.
 */
export function adviceElement(advice: TriageAdvice, recordedNote: string): HTMLElement {
  const emergency = advice.action !== "mental-health-crisis";
  return h(
    "div",
    {},
    h(
      "div",
      {
        class: `nhsuk-card nhsuk-card--care ${emergency ? "nhsuk-card--care--emergency" : "nhsuk-card--care--urgent"}`,
        id: "red-flag-advice",
      },
      h(
        "div",
        { class: "nhsuk-card--care__heading-container" },
        h(
          "h1",
          { class: "nhsuk-card--care__heading", id: "advice-heading" },
          h("span", { class: "nhsuk-u-visually-hidden" }, actionLabels[advice.action]),
          advice.heading,
        ),
        h("span", { class: "nhsuk-card--care__arrow", "aria-hidden": "true" }),
      ),
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("ul", { id: "advice-reasons" }, ...advice.reasons.map((r) => h("li", {}, r))),
        h("h2", { class: "nhsuk-heading-s" }, "What to do now"),
        h("ol", { id: "advice-steps" }, ...advice.steps.map((s) => h("li", {}, s))),
      ),
    ),
    ...contactRoutes(
      "If you are thinking about harming yourself",
      "crisis-support",
      advice.crisisSupport,
    ),
    ...contactRoutes(
      "If you are deaf or cannot speak on the phone",
      "accessible-routes",
      advice.accessibleRoutes,
    ),
    ...contactRoutes("If you are not sure what to do", "if-unsure", advice.ifUnsure),
    h(
      "div",
      { class: "nhsuk-inset-text", id: "advice-recorded" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h("p", {}, recordedNote),
    ),
  );
}
