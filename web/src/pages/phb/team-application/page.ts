import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * One personal health budget application for the ICB's PHB team: the person and who applied,
 * what they asked for, decisions so far, the plan, what can be done at this stage, and the
 * audit timeline. The forms depend on the stage, so the script builds them.
 */
export const phbTeamApplicationPage: PageDefinition = {
  path: "/phb/team/application/",
  title: "Personal health budget application",
  script: "phb/team-application",
  main: `
        <a class="nhsuk-back-link" href="/phb/team/">Back to the work queue</a>
        <div id="application-errors"></div>
        <div id="application-banner"></div>
        <h1 id="application-heading"><span class="nhsuk-caption-l" id="application-route"></span><span id="application-title">Application</span></h1>
        <div id="application-message"><p>Loading the application…</p></div>
        <div id="application-content" hidden>
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <div id="application-summary"></div>
              <h2 id="person-heading">The person</h2>
              <div id="application-person"></div>
              <h2 id="details-heading">What they asked for</h2>
              <div id="application-details"></div>
              <h2 id="documents-heading">Documents</h2>
              <div id="application-documents"></div>
              <h2 id="decisions-heading">Decisions so far</h2>
              <div id="application-decisions"></div>
              <h2 id="plan-heading">Care and support plan</h2>
              <div id="application-plan"></div>
              <h2 id="actions-heading">What to do next</h2>
              <div id="application-actions"></div>
              <h2 id="timeline-heading">Timeline</h2>
              <div id="application-timeline"></div>
            </div>
          </div>
        </div>`,
};
