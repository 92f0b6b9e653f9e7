import type { PageDefinition } from "../../../layout/layout.ts";

export const phbCheckPage: PageDefinition = {
  path: "/personal-health-budgets/apply/check/",
  title: "Check your answers – Apply for a personal health budget",
  script: "phb/check",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" id="apply-back" href="/personal-health-budgets/apply/documents/">Back</a>
            <div id="apply-errors"></div>
            <div id="apply-message" aria-live="polite"><p>Loading your application…</p></div>
            <div id="apply-content" hidden>
              <div id="emergency-advice"></div>
              <span class="nhsuk-caption-l">Apply for a personal health budget</span>
              <h1>Check your answers before sending your application</h1>
              <h2 class="nhsuk-heading-m">Your application</h2>
              <div id="check-answers"></div>
              <h2 class="nhsuk-heading-m">How we will contact you</h2>
              <p>From your details. The PHB team uses these to contact you and to meet your communication needs.</p>
              <div id="check-contact"></div>
              <p><a href="/profile/">Change your details</a></p>
              <h2 class="nhsuk-heading-m">Now send your application</h2>
              <p>By sending this application you confirm that, to the best of your knowledge, what you have told us is correct.</p>
              <form id="send-form" novalidate>
                <button class="nhsuk-button" data-module="nhsuk-button" type="submit" id="send-button">Send application</button>
              </form>
            </div>
          </div>
        </div>`,
};
