import type { PageDefinition } from "../../../layout/layout.ts";

export const sameDayTriagePage: PageDefinition = {
  path: "/same-day/triage/",
  title: "Questions about your symptoms",
  script: "same-day/triage",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="triage-errors"></div>
            <div id="triage-advice" hidden></div>
            <div id="triage-content">
              <h1 id="triage-heading">Questions about your symptoms</h1>
              <p>We ask these first so that anyone who needs urgent help gets it straight away.</p>
              <div id="triage-message"><p>Loading the questions…</p></div>
              <form id="triage-form" novalidate hidden>
                <div id="triage-questions"></div>
                <button class="nhsuk-button" id="triage-submit" type="submit">Continue</button>
              </form>
            </div>
          </div>
        </div>`,
};
