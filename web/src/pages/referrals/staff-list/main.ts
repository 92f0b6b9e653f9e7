import { StaffReferralsResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, type Child, h, render } from "../../../lib/dom.ts";
import { showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { formatNhsNumber } from "../../../lib/format.ts";
import { informationInset, signedInAs } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import type { TagLabel } from "../../../lib/staff-labels.ts";
import {
  dateOfBirthText,
  londonDay,
  referralPriorityTags,
  referralStageTags,
} from "../../../lib/staff-referral-labels.ts";
import { londonToday } from "../../dashboard/london-date.ts";
import {
  describeReferralFilter,
  filterFieldId,
  readReferralFilter,
  referralsApiPath,
} from "./referral-filter.ts";

type Entry = StaffReferralsResponse["referrals"][number];

const filter = readReferralFilter(location.search);
const today = londonToday(new Date());

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showNotStaff(): void {
  render(
    byId("referrals-message"),
    informationInset(
      "not-staff",
      ["Only receptionists and clinicians at a health centre can see its referrals."],
      [
        signedInAs(readSession(sessionStorage)),
        h("a", { href: signInHref(currentPath()) }, "Sign in as staff"),
        " to see them.",
      ],
    ),
  );
}

function tag(label: TagLabel): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${label.colour}` }, label.text);
}

function cell(heading: string, ...content: Child[]): HTMLElement {
  return h(
    "td",
    { class: "nhsuk-table__cell", role: "cell" },
    h("span", { class: "nhsuk-table__heading", "aria-hidden": "true" }, `${heading} `),
    // One box for the content: at small widths the cell is a row of heading and value.
    h("div", {}, ...content),
  );
}

const viewHref = (entry: Entry) => `/staff/referrals/view/?id=${encodeURIComponent(entry.id)}`;

function row(entry: Entry): HTMLElement {
  const { patient } = entry;
  return h(
    "tr",
    { class: "nhsuk-table__row", role: "row", "data-referral-id": entry.id },
    cell(
      "Reference",
      h(
        "a",
        { href: viewHref(entry) },
        entry.reference,
        // After the reference, not before: the link's first box stays the visible text.
        h("span", { class: "nhsuk-u-visually-hidden" }, `, referral from ${patient.name}`),
      ),
    ),
    cell(
      "Patient",
      h("p", { class: "nhsuk-u-margin-bottom-1" }, patient.name),
      patient.nhsNumber &&
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-bottom-1" },
          `NHS number ${formatNhsNumber(patient.nhsNumber)}`,
        ),
      h(
        "p",
        { class: "nhsuk-body-s nhsuk-u-margin-bottom-0" },
        `Born ${dateOfBirthText(patient.dateOfBirth, today)}`,
      ),
    ),
    cell("Service", entry.serviceName),
    cell("Stage", tag(referralStageTags[entry.stage])),
    cell("Priority", entry.priority ? tag(referralPriorityTags[entry.priority]) : "Not set yet"),
    cell("Submitted", londonDay(entry.submittedAt)),
  );
}

function table(referrals: readonly Entry[]): HTMLElement {
  const urgent = referrals.filter((r) => r.priority === "urgent").length;
  const caption = `${referrals.length} ${referrals.length === 1 ? "referral" : "referrals"}${urgent ? `, ${urgent} urgent` : ""}: ${describeReferralFilter(filter).toLowerCase()}`;
  const columns = ["Reference", "Patient", "Service", "Stage", "Priority", "Submitted"];
  return h(
    "div",
    // Scrolls sideways at middle widths; below 768px the responsive table stacks instead.
    {
      class: "nhsuk-table-container",
      tabindex: "0",
      role: "region",
      "aria-label": "Referrals",
    },
    h(
      "table",
      {
        class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-stacking-table",
        role: "table",
        id: "referrals-table",
      },
      h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--m" }, caption),
      h(
        "thead",
        { class: "nhsuk-table__head", role: "rowgroup" },
        h(
          "tr",
          { class: "nhsuk-table__row", role: "row" },
          ...columns.map((c) =>
            h("th", { class: "nhsuk-table__header", scope: "col", role: "columnheader" }, c),
          ),
        ),
      ),
      h("tbody", { class: "nhsuk-table__body" }, ...referrals.map(row)),
    ),
  );
}

function emptyState(siteName: string): HTMLElement {
  const filtered = Boolean(filter.stage || filter.service);
  return h(
    "div",
    { id: "no-referrals" },
    h(
      "p",
      {},
      filtered
        ? `No referrals at ${siteName} match: ${describeReferralFilter(filter).toLowerCase()}.`
        : `No referrals at ${siteName} are waiting to be acted on.`,
    ),
    filtered && h("p", {}, h("a", { href: "/staff/referrals/" }, "Show all referrals to act on")),
  );
}

function fillForm(): void {
  byId<HTMLSelectElement>("stage").value = filter.stage;
  byId<HTMLSelectElement>("service").value = filter.service;
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    fillForm();
    const result = await api(referralsApiPath(filter), {
      auth: true,
      schema: StaffReferralsResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status === 403) return showNotStaff();
      if (result.status !== 400) throw new Error(result.error.message);
      // A filter the API cannot read (an edited URL): say which, on the form, and show nothing.
      byId("referrals-message").replaceChildren();
      byId("referrals-content").hidden = false;
      const messages = fieldMessages(result.error.fields, result.error.message, filterFieldId);
      for (const m of messages) showFieldError(m.fieldId, m.message);
      showErrorSummary(byId("referrals-errors"), messages);
      return;
    }
    const { site, referrals } = result.data;
    render(
      byId("referrals-site"),
      site.name,
      h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
    );
    byId("referrals-message").replaceChildren();
    byId("referrals-content").hidden = false;
    render(byId("referrals-list"), referrals.length ? table(referrals) : emptyState(site.name));
  },
});
