import { escapeHtml } from "../../../layout/html.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { inboxTypeOptions, inboxViews } from "../../../lib/advice-staff/labels.ts";

const viewRadios = inboxViews
  .map(
    (v, i) => `<div class="nhsuk-radios__item">
                  <input class="nhsuk-radios__input" id="view${i === 0 ? "" : `-${v.value}`}" name="view" type="radio" value="${v.value}">
                  <label class="nhsuk-label nhsuk-radios__label" for="view${i === 0 ? "" : `-${v.value}`}">${escapeHtml(v.text)}</label>
                </div>`,
  )
  .join("\n");
const typeChoices = inboxTypeOptions
  .map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.text)}</option>`)
  .join("\n");

/**
 * The practice's inbox of online requests: urgent first, then soonest due (the API's order).
 * The filter is a plain GET form, so a view is in the URL and the back button works.
 */
export const adviceInboxPage: PageDefinition = {
  path: "/staff/advice/",
  title: "Online requests",
  script: "advice/inbox",
  main: `
        <div id="inbox-errors"></div>
        <h1>Online requests</h1>
        <div id="inbox-message"><p>Loading the requests…</p></div>
        <div id="inbox-content" hidden>
          <p>Requests for advice and admin help from your practice's patients. Urgent requests come first, then the soonest due.</p>
          <p><a href="/staff/advice/phone/">Enter a request for a patient who phoned</a> · <a href="/staff/advice/settings/" data-for-role="receptionist" hidden>Online request settings</a></p>
          <form id="inbox-form" action="/staff/advice/" method="get" novalidate>
            <div class="nhsuk-form-group">
              <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Show</legend>
                <div class="nhsuk-radios nhsuk-radios--inline">
                ${viewRadios}
                </div>
              </fieldset>
            </div>
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for="type">Type</label>
              <select class="nhsuk-select" id="type" name="type">
              ${typeChoices}
              </select>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">Show requests</button>
          </form>
          <div id="inbox-list"></div>
        </div>`,
};
