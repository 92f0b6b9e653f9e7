import type { PhbApplicationView } from "@front-door/contracts";
import { type Child, h, render, summaryList } from "../../../lib/dom.ts";
import { formatDate, londonDateOf } from "../../../lib/format.ts";
import { holdingLines, type PatientCase, type PatientPlan } from "../../../lib/phb/phb-case.ts";
import {
  documentSize,
  forWhom,
  holdingLabels,
  pounds,
  reconsiderationLabels,
  stageLabels,
  stageTagClass,
} from "../../../lib/phb/phb-labels.ts";
import { timelineLabel } from "../../../lib/phb/timeline-labels.ts";

/** Each part of the track page, drawn from the application as its applicant sees it. */

const day = (instant: string) => formatDate(londonDateOf(instant));
const section = (heading: string, ...children: Child[]) => [h("h2", {}, heading), ...children];

export function drawSummary(view: PhbApplicationView, container: HTMLElement): void {
  render(
    container,
    summaryList([
      { key: "Reference", value: view.reference },
      { key: "For", value: forWhom(view) },
      { key: "Why", value: view.routeName },
      {
        key: "Where it is up to",
        value: h(
          "strong",
          { class: stageTagClass(view.stage, view.tracker.withWhom), id: "application-stage" },
          stageLabels[view.stage],
        ),
      },
      { key: "Applied", value: day(view.createdAt) },
    ]),
  );
}

export function drawNext(view: PhbApplicationView, container: HTMLElement): void {
  const { nextStep, dealtWithBy, dueBy, withWhom } = view.tracker;
  render(
    container,
    h(
      "div",
      { class: "nhsuk-inset-text", id: "next-step" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h("h2", { class: "nhsuk-heading-s" }, "What happens next"),
      h("p", {}, nextStep, "."),
      withWhom !== "nobody" ? h("p", {}, h("strong", {}, "Who: "), dealtWithBy) : null,
      dueBy ? h("p", {}, h("strong", {}, "By: "), formatDate(dueBy)) : null,
    ),
  );
}

export function drawTracker(view: PhbApplicationView, container: HTMLElement): void {
  render(
    container,
    ...view.tracker.steps.map((step, index) =>
      h(
        "li",
        { "data-step": index + 1 },
        h("strong", {}, `${index + 1}. ${step.label}`),
        h("br"),
        step.doneOn ? `Done on ${formatDate(step.doneOn)}` : "Not yet",
      ),
    ),
  );
}

export function drawDecision(phb: PatientCase, container: HTMLElement): void {
  const refused = phb.eligibility?.decision === "not-eligible" ? phb.eligibility : undefined;
  render(
    container,
    ...(refused
      ? section(
          "The decision",
          h(
            "p",
            {},
            `On ${day(refused.decidedAt)} the PHB team decided this application is not eligible.`,
          ),
          h("h3", { class: "nhsuk-heading-s" }, "Their reasons"),
          h("p", { id: "refusal-reasons" }, refused.reasons ?? ""),
          h("h3", { class: "nhsuk-heading-s" }, "Where to go instead"),
          h("p", {}, refused.signpost ?? ""),
        )
      : []),
  );
}

export function drawInformation(phb: PatientCase, container: HTMLElement): void {
  const requests = phb.informationRequests;
  render(
    container,
    ...(requests.length
      ? section(
          "Questions from the PHB team",
          ...requests.map((request) =>
            summaryList([
              { key: `Asked ${day(request.askedAt)}`, value: request.question },
              {
                key: request.answeredAt ? `Answered ${day(request.answeredAt)}` : "Your answer",
                value: request.answer ?? "Not answered yet",
              },
            ]),
          ),
        )
      : []),
  );
}

export function drawBudget(phb: PatientCase, container: HTMLElement): void {
  const budget = phb.budget;
  render(
    container,
    ...(budget
      ? section(
          "Your indicative budget",
          h(
            "p",
            { class: "nhsuk-body-l", id: "budget-amount" },
            h("strong", {}, pounds(budget.annualPence)),
            " a year",
          ),
          h(
            "p",
            {},
            `Set on ${day(budget.setAt)}. This is what the plan is written to, before planning starts.`,
          ),
          h("h3", { class: "nhsuk-heading-s" }, "How it was worked out"),
          h("p", { id: "budget-basis" }, budget.basis),
          budget.reasons
            ? h(
                "div",
                {},
                h("h3", { class: "nhsuk-heading-s" }, "Reasons for the change"),
                h("p", {}, budget.reasons),
              )
            : null,
        )
      : []),
  );
}

function planLine(line: PatientPlan["lines"][number], index: number): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-card", "data-line": index + 1 },
    h(
      "div",
      { class: "nhsuk-card__content" },
      h("h4", { class: "nhsuk-card__heading nhsuk-heading-xs" }, line.what),
      summaryList(
        [
          { key: "Provided by", value: line.provider },
          { key: "How often", value: line.frequency },
          { key: "Each time", value: pounds(line.unitCostPence) },
          { key: "A year", value: pounds(line.annualCostPence) },
        ],
        { inCard: true },
      ),
    ),
  );
}

function planStatus(plan: PatientPlan): string {
  if (plan.agreement && plan.signOff)
    return `You agreed this plan on ${day(plan.agreement.at)} and the ICB signed it off on ${day(plan.signOff.at)}.`;
  if (plan.agreement)
    return `You agreed this plan on ${day(plan.agreement.at)}. The ICB signs it off next.`;
  if (plan.changesRequested)
    return `You asked for changes on ${day(plan.changesRequested.at)}: "${plan.changesRequested.comments}"`;
  return "Read it, then agree it or ask for changes below.";
}

export function drawPlan(plan: PatientPlan | undefined, container: HTMLElement): void {
  if (!plan) {
    render(container);
    return;
  }
  render(
    container,
    h("h2", { id: "plan-heading" }, `Your care and support plan (version ${plan.version})`),
    h("p", { id: "plan-status" }, planStatus(plan)),
    h("h3", {}, "What you want to achieve"),
    h("ul", { id: "plan-outcomes" }, ...plan.outcomes.map((o) => h("li", {}, o))),
    h("h3", {}, "Care and support, and what it costs"),
    h("div", { id: "plan-lines" }, ...plan.lines.map(planLine)),
    h(
      "p",
      { class: "nhsuk-body-l", id: "plan-total" },
      "Total: ",
      h("strong", {}, pounds(plan.annualTotalPence)),
      " a year",
    ),
    summaryList([
      { key: "Risks", value: plan.risks },
      { key: "If something goes wrong", value: plan.contingency },
      { key: "Care co-ordinator", value: plan.careCoordinator },
      {
        key: "Reviews",
        value: plan.reviewDates.length
          ? h(
              "ul",
              { class: "nhsuk-list" },
              ...plan.reviewDates.map((d) => h("li", {}, formatDate(d))),
            )
          : "To be arranged",
      },
    ]),
  );
}

export function drawHolding(phb: PatientCase, container: HTMLElement): void {
  const preference = phb.holdingPreference as keyof typeof holdingLabels;
  const rows = [
    {
      key: "What you would like",
      value: holdingLabels[preference]?.label ?? phb.holdingPreference,
    },
    ...(phb.holding
      ? [
          {
            key: "What is arranged",
            value: h(
              "ul",
              { class: "nhsuk-list", id: "holding-arranged" },
              ...holdingLines(phb.holding).map((l) => h("li", {}, l)),
            ),
          },
        ]
      : []),
    ...(phb.inPlaceOn ? [{ key: "Budget started", value: formatDate(phb.inPlaceOn) }] : []),
    ...(phb.nextReviewDue ? [{ key: "Next review by", value: formatDate(phb.nextReviewDue) }] : []),
  ];
  render(container, ...section("How the money is held", summaryList(rows)));
}

export function drawReconsideration(phb: PatientCase, container: HTMLElement): void {
  const asked = phb.reconsideration;
  const subject = asked?.subject as keyof typeof reconsiderationLabels | undefined;
  render(
    container,
    ...(asked
      ? section(
          "Your request for reconsideration",
          summaryList([
            { key: "What", value: (subject && reconsiderationLabels[subject]) || asked.subject },
            { key: "Asked", value: day(asked.requestedAt) },
            { key: "Your reasons", value: asked.reasons },
            {
              key: "Outcome",
              value: asked.outcome
                ? `${asked.outcome === "changed" ? "The decision was changed" : "The decision stands"}${asked.decidedAt ? ` (${day(asked.decidedAt)})` : ""}`
                : "Waiting for the PHB team",
            },
            ...(asked.decisionReasons
              ? [{ key: "Their written reasons", value: asked.decisionReasons }]
              : []),
          ]),
        )
      : []),
  );
}

export function drawDocuments(view: PhbApplicationView, container: HTMLElement): void {
  const documents = view.documents ?? [];
  render(
    container,
    ...(documents.length
      ? section(
          "Documents you sent",
          h(
            "ul",
            { id: "application-document-list" },
            ...documents.map((d) => h("li", {}, `${d.fileName} (${documentSize(d.size)})`)),
          ),
        )
      : []),
  );
}

export function drawTimeline(view: PhbApplicationView, container: HTMLElement): void {
  render(
    container,
    ...[...view.timeline]
      .reverse()
      .map((entry) =>
        h(
          "li",
          {},
          h("strong", {}, timelineLabel(entry.action)),
          " ",
          h("span", { class: "nhsuk-u-secondary-text-colour" }, day(entry.at)),
          entry.reasons ? h("p", { class: "nhsuk-u-margin-bottom-0" }, entry.reasons) : null,
        ),
      ),
  );
}
