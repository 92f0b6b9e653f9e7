import type { PageDefinition } from "../../../layout/layout.ts";

export const selfReferralQuestionsPage: PageDefinition = {
  path: "/self-referral/questions/",
  title: "Refer yourself to a service",
  script: "referrals/questions",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="questions-errors"></div>
            <div id="referral-outcome" hidden></div>
            <div id="questions-content">
              <a class="nhsuk-back-link" href="/self-referral/">Back to services</a>
              <h1 id="questions-heading"><span class="nhsuk-caption-l" id="questions-caption"></span>Refer yourself to a service</h1>
              <div id="questions-message"><p>Loading the questions…</p></div>
              <form id="questions-form" novalidate hidden>
                <p>Answer these questions about the problem. If anything you tell us means you need help sooner, we will tell you straight away.</p>
                <p>Your answers are kept in this browser tab until you send them, so you can come back to them.</p>
                <div id="earlier-answers"></div>
                <div id="questions"></div>
                <button class="nhsuk-button" id="questions-submit" type="submit">Continue</button>
              </form>
            </div>
            <div id="check-answers" hidden>
              <a class="nhsuk-back-link" href="#questions-form" id="check-back">Back to your answers</a>
              <h1 id="check-heading" tabindex="-1">Check your answers before sending your referral</h1>
              <div id="open-referral-warning"></div>
              <div id="check-answers-list"></div>
              <h2 class="nhsuk-heading-m">Before you send this</h2>
              <p id="shared-with"></p>
              <p>If anything there has changed, <a href="/profile/">update Your details</a> first.</p>
              <button class="nhsuk-button" id="check-send" type="button">Send referral</button>
            </div>
          </div>
        </div>`,
};
