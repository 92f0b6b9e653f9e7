import { DashboardResponse, type ServiceSummary, ServicesResponse } from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { fillDateInput, readDateInput } from "../../lib/date-input.ts";
import { byId, focusElement, h, render } from "../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../lib/error-summary.ts";
import { type FieldMessage, fieldMessages } from "../../lib/field-errors.ts";
import { signInHref } from "../../lib/return-path.ts";
import { readSession, roleLabels } from "../../lib/session.ts";
import { currentPath, startPage } from "../../lib/shell.ts";
import {
  dashboardApiPath,
  dashboardFieldId,
  describeFilter,
  figureDefinitions,
  formatCount,
  formatRange,
  formatUtilisation,
  readDashboardFilter,
} from "./dashboard-query.ts";
import { demandChart } from "./demand-chart.ts";
import { demandCsv, demandCsvFileName, referralCsvFileName } from "./demand-csv.ts";
import { breakdownTable, dailyTable, referralTable } from "./demand-tables.ts";
import { adviceSection, phbSection, quarterChoices } from "./journey-sections.ts";
import { defaultRange, londonToday } from "./london-date.ts";
import { referralCsv } from "./referral-csv.ts";

const today = londonToday(new Date());
const filter = readDashboardFilter(location.search, today);
/** Field errors to show once nhsuk-frontend has started (the error summary is one of its components). */
let pendingErrors: FieldMessage[] = [];
let focusResults = false;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showNotAnalyst(): void {
  const session = readSession(sessionStorage);
  const who = session
    ? `You are signed in as ${session.displayName}, ${roleLabels[session.role].toLowerCase()}. `
    : "";
  render(
    byId("dashboard-message"),
    h(
      "div",
      { class: "nhsuk-inset-text", id: "not-an-analyst" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h("p", {}, "Only ICB staff can see demand and capacity figures."),
      h(
        "p",
        {},
        who,
        h("a", { href: signInHref("/dashboard/") }, "Sign in as an ICB analyst"),
        " to see them.",
      ),
    ),
  );
}

async function loadServices(): Promise<ServiceSummary[]> {
  const result = await api("/api/services", { schema: ServicesResponse });
  if (!result.ok) throw new Error(`Could not load services: ${result.error.message}`);
  return result.data.services;
}

function fillForm(data: DashboardResponse, services: readonly ServiceSummary[]): void {
  byId<HTMLSelectElement>("siteId").append(
    ...data.sites.map((site) => h("option", { value: site.id }, site.name)),
  );
  byId<HTMLSelectElement>("service").append(
    ...services.map((service) => h("option", { value: service.code }, service.name)),
  );
  byId<HTMLSelectElement>("quarter").append(
    ...quarterChoices(today).map((q) => h("option", { value: q.id }, q.label)),
  );
  fillDateInput("from", filter.from);
  fillDateInput("to", filter.to);
  byId<HTMLSelectElement>("siteId").value = filter.siteId;
  byId<HTMLSelectElement>("service").value = filter.service;
  byId<HTMLSelectElement>("quarter").value = filter.quarter;
}

/** The filter as typed: the page moves to it, or the date boxes say what to fix. */
function showTypedFilter(form: HTMLElement): void {
  const from = readDateInput("from", "Start date");
  const to = readDateInput("to", "End date");
  clearErrors(byId("dashboard-errors"), form);
  if (from.ok && to.ok) {
    const next = new URLSearchParams({ from: from.iso, to: to.iso });
    const siteId = byId<HTMLSelectElement>("siteId").value;
    const service = byId<HTMLSelectElement>("service").value;
    next.set("siteId", siteId);
    next.set("service", service);
    next.set("quarter", byId<HTMLSelectElement>("quarter").value);
    location.assign(`/dashboard/?${next}`);
    return;
  }
  const messages = [from, to].flatMap((reading) => (reading.ok ? [] : [reading.error]));
  for (const m of messages) showFieldError(m.fieldId, m.message, m.highlight);
  showErrorSummary(byId("dashboard-errors"), messages);
}

function showIcb(data: DashboardResponse): void {
  render(
    byId("dashboard-icb"),
    data.icb.name,
    h("span", { class: "nhsuk-u-visually-hidden" }, ": "),
  );
  byId("dashboard-message").replaceChildren();
  byId("dashboard-content").hidden = false;
}

function totalTiles(totals: DashboardResponse["totals"]): HTMLElement {
  const shown = ["demand", "capacity", "booked", "utilisation", "unmet", "diversions"] as const;
  return h(
    "ul",
    { class: "nhsuk-grid-row nhsuk-card-group", id: "totals" },
    ...shown.map((key) => {
      const label = figureDefinitions.find((d) => d.key === key)?.label ?? key;
      const value =
        key === "utilisation" ? formatUtilisation(totals.utilisation) : formatCount(totals[key]);
      return h(
        "li",
        { class: "nhsuk-grid-column-one-third nhsuk-card-group__item" },
        h(
          "div",
          { class: "nhsuk-card app-total", "data-figure": key },
          h(
            "div",
            { class: "nhsuk-card__content" },
            h("h3", { class: "nhsuk-card__heading nhsuk-heading-xs" }, label),
            h("p", { class: "app-total__value" }, value),
          ),
        ),
      );
    }),
  );
}

function downloadCsv(text: string, fileName: string): void {
  // A byte order mark, so Excel reads the file as UTF-8.
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function showFigures(data: DashboardResponse, services: readonly ServiceSummary[]): void {
  const nameOf = (code: string) => services.find((s) => s.code === code)?.name ?? code;
  const siteName = data.sites.find((s) => s.id === data.siteId)?.name;
  const serviceName = data.service ? nameOf(data.service) : undefined;
  const csvNames = {
    site: siteName ?? "All sites",
    service: serviceName ?? "All services",
    serviceName: nameOf,
  };
  const download = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: "download-csv" },
    "Download CSV",
  );
  download.addEventListener("click", () =>
    downloadCsv(demandCsv(data, csvNames), demandCsvFileName(data)),
  );
  const downloadReferrals = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary",
      type: "button",
      id: "download-referrals-csv",
    },
    "Download self-referrals CSV",
  );
  downloadReferrals.addEventListener("click", () =>
    downloadCsv(referralCsv(data, csvNames), referralCsvFileName(data)),
  );
  render(
    byId("dashboard-results"),
    h(
      "h2",
      { id: "results-heading" },
      h("span", { class: "nhsuk-caption-m" }, describeFilter(siteName, serviceName)),
      formatRange(data.from, data.to),
    ),
    totalTiles(data.totals),
    h(
      "h2",
      { class: "nhsuk-heading-m", id: "chart-heading" },
      "Demand, capacity and bookings each day",
    ),
    demandChart(data),
    dailyTable(data),
    data.breakdown.length
      ? breakdownTable(data, nameOf)
      : h(
          "p",
          { id: "no-breakdown" },
          "No site recorded any requests or capacity for these dates.",
        ),
    h("h2", { class: "nhsuk-heading-m", id: "referrals-heading" }, "Self-referrals"),
    data.referrals.length
      ? referralTable(data, nameOf)
      : h("p", { id: "no-referrals" }, "Nobody referred themselves to a service for these dates."),
    ...phbSection(data, downloadCsv),
    ...adviceSection(data),
    h("h2", { class: "nhsuk-heading-m" }, "Download the figures"),
    h(
      "p",
      {},
      "A spreadsheet (CSV) of each day's figures and the figures by site and service, for these dates, and one of the self-referral figures by service.",
    ),
    h("div", { class: "nhsuk-button-group" }, download, downloadReferrals),
  );
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const [result, services] = await Promise.all([
      api(dashboardApiPath(filter), { auth: true, schema: DashboardResponse }),
      loadServices(),
    ]);
    if (result.ok) {
      showIcb(result.data);
      fillForm(result.data, services);
      showFigures(result.data, services);
      focusResults = location.search !== "";
      return;
    }
    if (result.status === 401) return sendToSignIn();
    if (result.status === 403) return showNotAnalyst();
    if (result.status !== 400 && result.status !== 404) throw new Error(result.error.message);
    // A filter the API refused returns no sites or ICB: ask for the default view to fill the form.
    const fallback = await api(
      dashboardApiPath({ ...defaultRange(today), siteId: "", service: "", quarter: "" }),
      {
        auth: true,
        schema: DashboardResponse,
      },
    );
    if (!fallback.ok) throw new Error(fallback.error.message);
    showIcb(fallback.data);
    fillForm(fallback.data, services);
    pendingErrors = fieldMessages(result.error.fields, result.error.message, dashboardFieldId);
  },
  run: async () => {
    const form = byId("dashboard-form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      showTypedFilter(form);
    });
    if (pendingErrors.length) {
      for (const m of pendingErrors) showFieldError(m.fieldId, m.message);
      showErrorSummary(byId("dashboard-errors"), pendingErrors);
      return;
    }
    if (focusResults) focusElement(byId("results-heading"));
  },
});
