import { escapeHtml } from "../../../layout/html.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { serviceOptions, stageOptions } from "./referral-filter.ts";

function select(id: string, label: string, options: readonly { value: string; text: string }[]) {
  const choices = options
    .map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.text)}</option>`)
    .join("\n                  ");
  return `<div class="nhsuk-form-group">
                <label class="nhsuk-label" for="${id}">${label}</label>
                <select class="nhsuk-select" id="${id}" name="${id}">
                  ${choices}
                </select>
              </div>`;
}

/**
 * The triage queue of self-referrals to the staff member's site: urgent first, then oldest (the
 * API's order). The filter is a plain GET form, so a view is in the URL and the back button works.
 */
export const staffReferralsPage: PageDefinition = {
  path: "/staff/referrals/",
  title: "Referrals",
  script: "referrals/staff-list",
  main: `
        <div id="referrals-errors"></div>
        <h1 id="referrals-heading"><span class="nhsuk-caption-l" id="referrals-site"></span>Referrals</h1>
        <div id="referrals-message"><p>Loading the referrals…</p></div>
        <div id="referrals-content" hidden>
          <p>Self-referrals from patients to your services. Urgent referrals come first, then the longest waiting.</p>
          <form id="referrals-form" action="/staff/referrals/" method="get" novalidate>
            <div class="nhsuk-grid-row">
              <div class="nhsuk-grid-column-one-half">
              ${select("stage", "Stage", stageOptions)}
              </div>
              <div class="nhsuk-grid-column-one-half">
              ${select("service", "Service", serviceOptions)}
              </div>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">Show referrals</button>
          </form>
          <div id="referrals-list"></div>
        </div>`,
};
