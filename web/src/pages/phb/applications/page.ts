import type { PageDefinition } from "../../../layout/layout.ts";

export const phbApplicationsPage: PageDefinition = {
  path: "/personal-health-budgets/applications/",
  title: "Your personal health budget applications",
  script: "phb/applications",
  description:
    "See your personal health budget applications, where each one is up to and who is dealing with it.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Your personal health budgets</h1>
            <div id="applications-message" aria-live="polite"><p>Loading your applications…</p></div>
            <div id="applications-content" hidden>
              <div id="applications-list"></div>
              <p><a href="/personal-health-budgets/">Apply for a personal health budget</a></p>
            </div>
          </div>
        </div>`,
};
