import type { PageDefinition } from "../../../layout/layout.ts";

export const phbApplicationPage: PageDefinition = {
  path: "/personal-health-budgets/application/",
  title: "Your personal health budget application",
  script: "phb/application",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" href="/personal-health-budgets/applications/">Your applications</a>
            <div id="application-errors"></div>
            <div id="application-banner"></div>
            <div id="emergency-advice"></div>
            <div id="application-message" aria-live="polite"><p>Loading your application…</p></div>
            <div id="application-content" hidden>
              <span class="nhsuk-caption-l" id="application-caption">Personal health budget</span>
              <h1 id="application-heading">Your application</h1>
              <div id="application-summary"></div>
              <div id="application-next"></div>
              <div id="application-actions"></div>
              <h2>Progress</h2>
              <ol class="nhsuk-list" id="application-tracker"></ol>
              <div id="application-decision"></div>
              <div id="application-information"></div>
              <div id="application-budget"></div>
              <div id="application-plan"></div>
              <div id="application-holding"></div>
              <div id="application-reconsideration"></div>
              <div id="application-documents"></div>
              <h2>What has happened</h2>
              <ol class="nhsuk-list nhsuk-list--border" id="application-timeline"></ol>
            </div>
          </div>
        </div>`,
};
