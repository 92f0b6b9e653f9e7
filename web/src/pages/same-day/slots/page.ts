import type { PageDefinition } from "../../../layout/layout.ts";

export const sameDaySlotsPage: PageDefinition = {
  path: "/same-day/slots/",
  title: "Choose a time today",
  script: "same-day/slots",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="slots-errors"></div>
            <h1 id="slots-heading">Choose a time today</h1>
            <div id="slots-taken" aria-live="polite"></div>
            <div id="slots-message"><p>Looking for free times…</p></div>
            <div id="slots-results"></div>
            <div id="next-steps" hidden>
              <h2 id="next-steps-heading">If none of these times suit you</h2>
              <div id="next-steps-done" aria-live="polite"></div>
              <div class="nhsuk-card">
                <div class="nhsuk-card__content">
                  <h3 class="nhsuk-card__heading nhsuk-heading-s">Ask the practice to call you back</h3>
                  <p class="nhsuk-card__description" id="callback-description">Someone from the practice will phone you today to talk about what you need.</p>
                  <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" id="ask-callback" type="button">Ask the practice to call you back</button>
                </div>
              </div>
              <div class="nhsuk-card">
                <div class="nhsuk-card__content">
                  <h3 class="nhsuk-card__heading nhsuk-heading-s">Join the waiting list</h3>
                  <p class="nhsuk-card__description" id="waiting-list-description">If a time becomes free today, we will hold it for you and send you a text or email.</p>
                  <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" id="join-waiting-list" type="button">Join the waiting list</button>
                </div>
              </div>
            </div>
          </div>
        </div>`,
};
