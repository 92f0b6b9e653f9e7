import { ServicesResponse, SitesResponse } from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { byId, focusElement, h, render } from "../../lib/dom.ts";
import { showErrorSummary, showFieldError } from "../../lib/error-summary.ts";
import { fieldMessages } from "../../lib/field-errors.ts";
import { formatDistance } from "../../lib/format.ts";
import { startPage } from "../../lib/shell.ts";
import {
  type FindQuery,
  findFieldId,
  groupServices,
  readFindQuery,
  resultsHeading,
  sitesApiPath,
} from "./find-query.ts";
import { siteCard } from "./site-card.ts";

const query = readFindQuery(location.search);

async function fillServices(): Promise<void> {
  const select = byId<HTMLSelectElement>("service");
  const result = await api("/api/services", { schema: ServicesResponse });
  if (!result.ok) throw new Error(`Could not load services: ${result.error.message}`);
  for (const group of groupServices(result.data.services)) {
    select.append(
      h(
        "optgroup",
        { label: group.label },
        ...group.services.map((s) => h("option", { value: s.code }, s.name)),
      ),
    );
  }
}

function informationText(heading: string, message: string, id: string): HTMLElement {
  const headingElement = h("h2", { class: "nhsuk-heading-m", id: `${id}-heading` }, heading);
  return h(
    "div",
    { class: "nhsuk-inset-text", id },
    h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
    headingElement,
    h("p", {}, message),
  );
}

async function search(q: FindQuery): Promise<void> {
  const results = byId("find-results");
  const result = await api(sitesApiPath(q), { schema: SitesResponse });
  if (!result.ok) {
    const { code, message, fields } = result.error;
    if (code === "postcode_not_covered") {
      render(results, informationText("We do not cover this area yet", message, "not-covered"));
      focusElement(byId("not-covered-heading"));
      return;
    }
    if (code === "validation_failed") {
      const messages = fieldMessages(fields, message, findFieldId);
      for (const m of messages) showFieldError(m.fieldId, m.message);
      showErrorSummary(byId("find-errors"), messages);
      return;
    }
    render(
      results,
      informationText("Sorry, there is a problem with the service", message, "search-failed"),
    );
    return;
  }
  const { sites, service, postcode, searchedWithinKm, message } = result.data;
  if (!sites.length) {
    const within = formatDistance({ km: searchedWithinKm, miles: searchedWithinKm / 1.609344 });
    render(
      results,
      informationText(
        `No places near ${postcode}`,
        message ?? `We found nowhere offering ${service.name} within ${within}.`,
        "no-results",
      ),
    );
    focusElement(byId("no-results-heading"));
    return;
  }
  const heading = h(
    "h2",
    { id: "results-heading" },
    h("span", { class: "nhsuk-caption-m" }, service.name),
    resultsHeading(sites.length, postcode),
  );
  render(
    results,
    heading,
    h("p", {}, "Nearest first. Distances are in a straight line."),
    h(
      "ol",
      { class: "app-result-list", id: "site-results", "aria-labelledby": "results-heading" },
      ...sites.map(siteCard),
    ),
  );
  focusElement(heading);
}

/** The form shows the search in the URL: the page's results are for that search. */
function showQueryInForm(): void {
  if (!query) return;
  byId<HTMLInputElement>("postcode").value = query.postcode;
  byId<HTMLSelectElement>("service").value = query.service;
}

// Back to a page kept in the back/forward cache: the results are the old search's, but the
// inputs still hold whatever was typed before leaving. Put the old search back in them.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) showQueryInForm();
});

startPage({
  prepare: async () => {
    await fillServices();
    showQueryInForm();
  },
  run: async () => {
    if (query) await search(query);
  },
});
