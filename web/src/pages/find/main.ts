import { ServicesResponse, SitesResponse } from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { byId, focusElement, h, render } from "../../lib/dom.ts";
import { showErrorSummary, showFieldError } from "../../lib/error-summary.ts";
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
  if (query) select.value = query.service;
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
      render(
        results,
        informationText(
          "We do not cover this area yet",
          fields[0]?.message ?? message,
          "not-covered",
        ),
      );
      focusElement(byId("not-covered-heading"));
      return;
    }
    if (code === "validation_failed") {
      const errors = fields.length ? fields : [{ path: "postcode", message }];
      const messages = errors.map((f) => ({ fieldId: findFieldId(f.path), message: f.message }));
      showErrorSummary(byId("find-errors"), messages);
      for (const m of messages) showFieldError(m.fieldId, m.message);
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

startPage({
  prepare: async () => {
    if (query) byId<HTMLInputElement>("postcode").value = query.postcode;
    await fillServices();
  },
  run: async () => {
    if (query) await search(query);
  },
});
