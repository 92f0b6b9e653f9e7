import type { SiteResult } from "@front-door/contracts";
import { h, summaryList } from "../../lib/dom.ts";
import { formatDistance, openingHoursRows, siteKindLabels } from "../../lib/format.ts";

/** One search result: everything someone needs to decide whether to go there. */
export function siteCard(site: SiteResult): HTMLElement {
  const address = [...site.address.lines, site.address.town, site.address.postcode];
  return h(
    "li",
    {},
    h(
      "div",
      { class: "nhsuk-card", "data-site-id": site.id },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h3", { class: "nhsuk-card__heading nhsuk-heading-m" }, site.name),
        h(
          "p",
          { class: "nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2" },
          siteKindLabels[site.kind],
        ),
        h("p", { class: "app-distance" }, h("strong", {}, formatDistance(site.distance)), " away"),
        summaryList([
          {
            key: "Address",
            value: address.flatMap((line, i) => (i === 0 ? [line] : [h("br"), line])),
          },
          {
            key: "Phone",
            value: h("a", { href: `tel:${site.phone.replace(/[^\d+]/g, "")}` }, site.phone),
          },
          { key: "Run by", value: site.icb.name },
        ]),
        h("h4", { class: "nhsuk-heading-s" }, "Opening times"),
        summaryList(
          openingHoursRows(site.openingHours).map((row) => ({ key: row.day, value: row.hours })),
          { inCard: true },
        ),
        h("h4", { class: "nhsuk-heading-s" }, "Services here"),
        h(
          "ul",
          { class: "nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0" },
          ...site.services.map((s) => h("li", {}, s.name)),
        ),
      ),
    ),
  );
}
