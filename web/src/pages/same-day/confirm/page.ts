import type { PageDefinition } from "../../../layout/layout.ts";

export const sameDayConfirmPage: PageDefinition = {
  path: "/same-day/confirm/",
  title: "Check and confirm your appointment",
  script: "same-day/confirm",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="confirm-errors"></div>
            <h1 id="confirm-heading">Check and confirm your appointment</h1>
            <div id="confirm-problem" aria-live="polite"></div>
            <div id="confirm-message"><p>Loading your appointment…</p></div>
            <div id="confirm-content" hidden>
              <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">Information: </span>
                <p id="held-until"></p>
              </div>
              <div id="held-summary"></div>
              <h2>How we will contact you</h2>
              <p>We will use the details you gave us. You do not need to tell us again.</p>
              <div id="contact-summary"></div>
              <p><a href="/profile/" id="change-details">Change these in Your details</a></p>
              <button class="nhsuk-button" id="confirm-appointment" type="button">Confirm appointment</button>
              <p><a href="" id="choose-another">Choose a different time</a></p>
            </div>
          </div>
        </div>`,
};
