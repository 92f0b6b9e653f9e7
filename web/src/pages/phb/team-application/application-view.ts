import { formatPounds } from "@front-door/domain";
import { h, summaryList } from "../../../lib/dom.ts";
import { formatDate, formatNhsNumber } from "../../../lib/format.ts";
import {
  actionWords,
  actorText,
  assigneeText,
  holdingWayLabels,
  nextForTeam,
  phbStageTags,
} from "../../../lib/phb-team/labels.ts";
import { needsDetails, needsTags } from "../../../lib/staff-labels.ts";
import { dateOfBirthText, londonDateTime } from "../../../lib/staff-referral-labels.ts";
import type { TeamApplication } from "./team-case.ts";

const tag = (stage: TeamApplication["stage"]) =>
  h(
    "strong",
    { class: `nhsuk-tag nhsuk-tag--${phbStageTags[stage].colour}` },
    phbStageTags[stage].text,
  );

/** Stage, clock and who has it: what a case manager checks first. */
export function applicationSummary(
  app: TeamApplication,
  myUserId: string | undefined,
  today: string,
): HTMLElement {
  const due = app.case.dueBy;
  return summaryList([
    { key: "Stage", value: tag(app.stage) },
    {
      key: app.stage === "in-place" ? "Next review due" : "Due by",
      value: due
        ? [
            due < today && h("strong", { class: "nhsuk-tag nhsuk-tag--red" }, "Overdue"),
            due < today && " ",
            formatDate(due),
          ]
        : "No date",
    },
    { key: "Who has it", value: assigneeText(app.case.assigneeId, myUserId) },
    { key: "Route", value: app.routeName },
    { key: "Received", value: londonDateTime(app.createdAt) },
    { key: "Next step", value: nextForTeam[app.stage] },
  ]);
}

/** The person the budget is for and, when someone applied for them, who applied. */
export function people(app: TeamApplication, today: string): HTMLElement {
  const applicant = app.applicant;
  const caredFor = app.case.details.forSomeoneElse;
  const needs = applicant
    ? [...needsTags(applicant.communication), ...needsDetails(applicant.communication)]
    : [];
  const applicantName = applicant
    ? `${applicant.name.given} ${applicant.name.family}`
    : "Not known";
  const applicantRows = applicant
    ? [
        { key: "NHS number", value: formatNhsNumber(applicant.nhsNumber) },
        { key: "Born", value: dateOfBirthText(applicant.dateOfBirth, today) },
        { key: "Communication needs", value: needs.length ? needs.join(". ") : "None told to us" },
      ]
    : [];
  if (!caredFor) {
    return h(
      "div",
      { id: "person" },
      summaryList([
        { key: "Name", value: `${applicantName} (applied for themselves)` },
        ...applicantRows,
      ]),
    );
  }
  return h(
    "div",
    { id: "person" },
    summaryList([
      { key: "Name", value: `${caredFor.givenName} ${caredFor.familyName}` },
      { key: "NHS number", value: formatNhsNumber(caredFor.nhsNumber) },
      { key: "Born", value: dateOfBirthText(caredFor.dateOfBirth, today) },
    ]),
    h("h3", { id: "applicant-heading" }, "Who applied for them"),
    h(
      "div",
      { id: "applicant" },
      summaryList([
        { key: "Name", value: applicantName },
        {
          key: "Relationship",
          value: `${caredFor.relationship}${caredFor.isRepresentative ? ", their representative (may agree the plan for them)" : ", not their representative"}`,
        },
        ...applicantRows,
      ]),
    ),
  );
}

/** What the person told the ICB, in their own words. */
export function applicationDetails(app: TeamApplication): HTMLElement {
  const { details } = app.case;
  return summaryList([
    {
      key: "Outcomes in their words",
      value: h(
        "ul",
        { class: "nhsuk-list nhsuk-list--bullet" },
        ...details.outcomes.map((o) => h("li", {}, o)),
      ),
    },
    {
      key: "Support now",
      value: details.currentSupport.length
        ? h(
            "ul",
            { class: "nhsuk-list nhsuk-list--bullet" },
            ...details.currentSupport.map((s) => h("li", {}, `${s.description} (${s.providedBy})`)),
          )
        : "None",
    },
    { key: "Would like to hold the money", value: holdingWayLabels[app.case.holdingPreference] },
  ]);
}

/** Supporting documents: a link asks the API for a short-lived download link when clicked. */
export function documentsList(
  app: TeamApplication,
  download: (documentId: string) => Promise<void>,
): HTMLElement {
  const documents = app.case.details.documents ?? [];
  if (documents.length === 0) return h("p", { id: "no-documents" }, "No documents were sent.");
  return h(
    "ul",
    { class: "nhsuk-list", id: "documents" },
    ...documents.map((d) => {
      const link = h(
        "a",
        { href: `#document-${d.documentId}`, id: `document-${d.documentId}` },
        d.fileName,
        h("span", { class: "nhsuk-u-visually-hidden" }, " (download)"),
      );
      link.addEventListener("click", (event) => {
        event.preventDefault();
        void download(d.documentId);
      });
      return h("li", {}, link, ` – ${Math.max(1, Math.round(d.size / 1024))} KB`);
    }),
  );
}

/** Decisions so far, one row each, with the written reasons the person was given. */
export function decisions(app: TeamApplication): HTMLElement | string {
  const c = app.case;
  const rows: { key: string; value: (Node | string)[] | string }[] = [];
  if (c.eligibility?.decision === "eligible") {
    rows.push({
      key: "Eligibility",
      value: `Eligible under ${app.routeName}, ${londonDateTime(c.eligibility.decidedAt)}`,
    });
  } else if (c.eligibility) {
    rows.push({
      key: "Eligibility",
      value: [
        h(
          "p",
          {},
          `Not eligible, ${londonDateTime(c.eligibility.decidedAt)}. Reasons: ${c.eligibility.reasons}`,
        ),
        h("p", {}, `Where to go instead: ${c.eligibility.signpost}`),
      ],
    });
  }
  for (const [index, request] of c.informationRequests.entries()) {
    rows.push({
      key: `Information asked for (${index + 1})`,
      value: [
        h("p", {}, `“${request.question}”, ${londonDateTime(request.askedAt)}`),
        h("p", {}, request.answer ? `Answer: ${request.answer}` : "Not answered yet"),
      ],
    });
  }
  if (c.assessment) {
    rows.push({
      key: "Needs assessment",
      value: `${formatDate(c.assessment.date)}: ${c.assessment.summary}`,
    });
  }
  if (c.budget) {
    rows.push({
      key: "Indicative budget",
      value: [
        h("p", {}, `${formatPounds(c.budget.annualPence)} a year`),
        h("p", {}, `Basis: ${c.budget.basis}`),
        c.budget.reasons ? h("p", {}, `Reasons for the reduction: ${c.budget.reasons}`) : "",
      ],
    });
  }
  if (c.holding) rows.push({ key: "Money held as", value: holdingText(c.holding) });
  if (c.inPlaceOn) rows.push({ key: "In place since", value: formatDate(c.inPlaceOn) });
  for (const review of c.reviews) {
    rows.push({
      key: `Review, ${formatDate(review.reviewedOn)}`,
      value: `${{ continue: "Continue", vary: "Vary the plan", end: "End" }[review.outcome]}: ${review.notes}${review.reasons ? ` Reasons: ${review.reasons}` : ""}`,
    });
  }
  if (c.ending) {
    rows.push({
      key: "Ending",
      value: `Notice ends ${formatDate(c.ending.noticeEnds)}. Reasons: ${c.ending.reasons}`,
    });
  }
  if (c.reconsideration) {
    const r = c.reconsideration;
    rows.push({
      key: "Reconsideration",
      value: [
        h("p", {}, `Asked for (${r.subject.replaceAll("-", " ")}): ${r.reasons}`),
        r.outcome
          ? h(
              "p",
              {},
              `${r.outcome === "changed" ? "Changed" : "Upheld"}: ${r.decisionReasons ?? ""}`,
            )
          : "",
      ],
    });
  }
  return rows.length ? summaryList(rows) : "Nothing decided yet.";
}

function holdingText(holding: NonNullable<TeamApplication["case"]["holding"]>): string {
  switch (holding.way) {
    case "notional":
      return "Notional budget";
    case "third-party":
      return `Third party: ${holding.organisation}`;
    case "direct-payment":
      return `Direct payment (agreement ${holding.agreementAccepted ? "accepted" : "not accepted yet"}, account ${holding.accountSetUp ? "set up" : "not set up yet"})`;
    case "mix":
      return `A mix: ${holding.parts.map((p) => `${formatPounds(p.annualPence)} ${p.way.replace("-", " ")}`).join(", ")}`;
    default: {
      const unreachable: never = holding;
      return unreachable;
    }
  }
}

/** The audit trail, oldest first: what, who, when, from → to, and why. */
export function timeline(app: TeamApplication, myUserId: string | undefined): HTMLElement {
  return h(
    "ol",
    { class: "nhsuk-list app-timeline", id: "timeline" },
    ...app.timeline.map((entry) =>
      h(
        "li",
        { class: "app-timeline__item", "data-action": entry.action },
        h("h3", { class: "nhsuk-heading-xs nhsuk-u-margin-bottom-1" }, actionWords(entry.action)),
        h(
          "p",
          { class: "nhsuk-u-margin-bottom-1" },
          `${actorText(entry, myUserId)}, ${londonDateTime(entry.at)}`,
        ),
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-bottom-1" },
          ...(entry.from === entry.to
            ? [`Stage unchanged: ${phbStageTags[entry.to].text}`]
            : [
                phbStageTags[entry.from].text,
                h("span", { "aria-hidden": "true" }, " → "),
                h("span", { class: "nhsuk-u-visually-hidden" }, " to "),
                phbStageTags[entry.to].text,
              ]),
        ),
        entry.reasons && h("p", { class: "nhsuk-body-s" }, `Why: ${entry.reasons}`),
        entry.flaggedWords &&
          h(
            "p",
            { class: "nhsuk-body-s" },
            h("strong", { class: "nhsuk-tag nhsuk-tag--red" }, "Words flagged"),
            ` in ${entry.flaggedWords.fields.join(", ")}: ${entry.flaggedWords.categories.join(", ")}`,
          ),
      ),
    ),
  );
}
