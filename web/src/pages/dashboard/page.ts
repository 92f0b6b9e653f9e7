import type { PageDefinition } from "../../layout/layout.ts";
import { dateInputMarkup } from "../../lib/date-input.ts";
import { figureDefinitions } from "./dashboard-query.ts";

const definitions = figureDefinitions
  .map(
    (d) => `
                <div class="nhsuk-summary-list__row">
                  <dt class="nhsuk-summary-list__key">${d.label}</dt>
                  <dd class="nhsuk-summary-list__value">${d.meaning}</dd>
                </div>`,
  )
  .join("");

/**
 * The filter lands in the URL, as on the find page, so a view is linkable and the back button
 * returns to the previous one. Dates are the NHS date input, not a date picker: pickers are what
 * screen reader users report they cannot use; the script turns the boxes into ?from= and ?to=.
 */
export const dashboardPage: PageDefinition = {
  path: "/dashboard/",
  title: "Demand and capacity",
  script: "dashboard",
  description:
    "Same-day demand against appointment capacity, self-referrals, personal health budgets and online advice for your ICB, day by day.",
  main: `
        <div id="dashboard-errors"></div>
        <h1 id="dashboard-heading"><span class="nhsuk-caption-l" id="dashboard-icb"></span>Demand and capacity</h1>
        <div id="dashboard-message"><p class="app-loading-screen">Loading the figures…</p></div>
        <div id="dashboard-content" hidden>
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <p>Same-day requests against appointment capacity at your sites, day by day, with self-referrals, personal health budgets and online GP advice. These are counts only: nobody can be identified from them.</p>
              <details class="nhsuk-details">
                <summary class="nhsuk-details__summary">
                  <span class="nhsuk-details__summary-text">What the figures mean</span>
                </summary>
                <div class="nhsuk-details__text">
                  <dl class="nhsuk-summary-list nhsuk-summary-list--no-last-row-border" id="definitions">${definitions}
                  </dl>
                  <p class="nhsuk-u-margin-bottom-0">Dates are days in UK time. A day's figures can still change until the end of that day.</p>
                </div>
              </details>
              <form id="dashboard-form" novalidate>
                <h2 class="nhsuk-heading-m">Choose the figures</h2>
                ${dateInputMarkup({ id: "from", legend: "Start date" })}
                ${dateInputMarkup({ id: "to", legend: "End date" })}
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="siteId">Site</label>
                  <select class="nhsuk-select" id="siteId" name="siteId">
                    <option value="">All sites</option>
                  </select>
                </div>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="service">Service</label>
                  <select class="nhsuk-select" id="service" name="service">
                    <option value="">All services</option>
                  </select>
                </div>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="quarter">Quarter for the personal health budget return</label>
                  <select class="nhsuk-select" id="quarter" name="quarter">
                    <option value="">The quarter of the end date</option>
                  </select>
                </div>
                <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Show figures</button>
              </form>
            </div>
          </div>
          <div id="dashboard-results"></div>
        </div>`,
};
