import { StaffAdviceInboxResponse } from "@front-door/contracts";
import {
  adviceStatusTags,
  inboxApiPath,
  inboxTags,
  inboxViews,
  readInboxFilter,
  typeNames,
} from "../../../lib/advice-staff/labels.ts";
import {
  cell,
  requestHref,
  sendToSignIn,
  showNotStaff,
  tag,
} from "../../../lib/advice-staff/page-parts.ts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { formatNhsNumber } from "../../../lib/format.ts";
import { showLinksForRole } from "../../../lib/role-links.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import { londonDay } from "../../../lib/staff-referral-labels.ts";

type Entry = StaffAdviceInboxResponse["requests"][number];

const filter = readInboxFilter(location.search);

function row(entry: Entry): HTMLElement {
  return h(
    "tr",
    { class: "nhsuk-table__row", role: "row", "data-request-id": entry.id },
    cell(
      "Reference",
      h(
        "a",
        { href: requestHref(entry.id) },
        entry.reference,
        h("span", { class: "nhsuk-u-visually-hidden" }, `, request from ${entry.patient.name}`),
      ),
    ),
    cell(
      "Patient",
      h("p", { class: "nhsuk-u-margin-bottom-1" }, entry.patient.name),
      entry.patient.nhsNumber &&
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-margin-bottom-0" },
          `NHS number ${formatNhsNumber(entry.patient.nhsNumber)}`,
        ),
    ),
    cell("Type", entry.category === "medical" ? "Medical: " : "Admin: ", typeNames(entry.types)),
    cell("Status", tag(adviceStatusTags[entry.status]), " ", ...inboxTags(entry).map(tag)),
    cell("Reply due", londonDay(entry.replyDueAt)),
  );
}

function table(requests: readonly Entry[]): HTMLElement {
  const view = inboxViews.find((v) => v.value === filter.view)?.text ?? "";
  const columns = ["Reference", "Patient", "Type", "Status", "Reply due"];
  return h(
    "div",
    { class: "nhsuk-table-container", tabindex: "0", role: "region", "aria-label": "Requests" },
    h(
      "table",
      {
        class: "nhsuk-table nhsuk-table--responsive nhsuk-table--compact app-stacking-table",
        role: "table",
        id: "inbox-table",
      },
      h(
        "caption",
        { class: "nhsuk-table__caption nhsuk-table__caption--m" },
        `${requests.length} ${requests.length === 1 ? "request" : "requests"}: ${view.toLowerCase()}`,
      ),
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
      h("tbody", { class: "nhsuk-table__body" }, ...requests.map(row)),
    ),
  );
}

startPage({
  prepare: async () => {
    const session = readSession(sessionStorage);
    if (!session) return sendToSignIn();
    showLinksForRole(session.role, byId("inbox-content"));
    const radio = document.querySelector<HTMLInputElement>(
      `input[name="view"][value="${filter.view}"]`,
    );
    if (radio) radio.checked = true;
    byId<HTMLSelectElement>("type").value = filter.type;
    const result = await api(inboxApiPath(filter), {
      auth: true,
      schema: StaffAdviceInboxResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status === 403) return showNotStaff(byId("inbox-message"));
      throw new Error(result.error.message);
    }
    const { requests } = result.data;
    byId("inbox-message").replaceChildren();
    byId("inbox-content").hidden = false;
    render(
      byId("inbox-list"),
      requests.length
        ? table(requests)
        : h("p", { id: "no-requests" }, "No open requests match this view."),
    );
  },
});
