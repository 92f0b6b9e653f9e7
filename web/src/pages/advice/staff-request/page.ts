import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * One online request for the practice: who, what they asked in their own words (inert text),
 * the thread with internal notes and audit events, and every action staff can take on it.
 */
export const adviceStaffRequestPage: PageDefinition = {
  path: "/staff/advice/request/",
  title: "Online request",
  script: "advice/staff-request",
  main: `
        <a class="nhsuk-back-link" href="/staff/advice/">Back to online requests</a>
        <div id="request-errors"></div>
        <div id="request-banner"></div>
        <h1 id="request-heading">Online request</h1>
        <div id="request-message"><p>Loading the request…</p></div>
        <div id="request-content" hidden>
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <div id="request-summary"></div>
              <h2>What the patient asked</h2>
              <div id="request-problems"></div>
              <h2>Thread and audit</h2>
              <div id="request-thread"></div>
              <h2>Act on this request</h2>
              <div id="request-actions"></div>
            </div>
          </div>
        </div>`,
};
