import type { PageDefinition } from "../../../layout/layout.ts";

export const phbSentPage: PageDefinition = {
  path: "/personal-health-budgets/apply/sent/",
  title: "Application sent – Personal health budget",
  script: "phb/sent",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="sent-message" aria-live="polite"><p>Loading your application…</p></div>
            <div id="sent-content" hidden>
              <div class="nhsuk-panel" id="sent-panel">
                <h1 class="nhsuk-panel__heading">Application sent</h1>
                <div class="nhsuk-panel__body">Your reference is<br><strong id="sent-reference"></strong></div>
              </div>
              <p>We have sent you a message to confirm. It does not include any details of your health or your application.</p>
              <h2>What happens next</h2>
              <div id="sent-next"></div>
              <p><a href="/personal-health-budgets/applications/" id="to-applications">Your personal health budget applications</a></p>
            </div>
          </div>
        </div>`,
};
