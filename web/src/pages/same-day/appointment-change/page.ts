import type { PageDefinition } from "../../../layout/layout.ts";

export const appointmentChangePage: PageDefinition = {
  path: "/appointments/change/",
  title: "Change your appointment",
  script: "same-day/appointment-change",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="change-errors"></div>
            <div id="choose-view">
              <h1 id="change-heading">Change your appointment</h1>
              <div id="change-problem" aria-live="polite"></div>
              <div id="change-message"><p>Loading your appointment…</p></div>
              <div id="change-content" hidden>
                <h2>Your appointment now</h2>
                <div id="current-summary"></div>
                <h2 id="times-heading">Choose a new time today</h2>
                <div id="times-intro"></div>
                <div id="change-results"></div>
                <p><a href="/appointments/" id="keep-appointment">Keep your appointment as it is</a></p>
              </div>
            </div>
            <div id="confirm-view" hidden>
              <h1 id="confirm-change-heading">Change your appointment?</h1>
              <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">Information: </span>
                <p id="change-held-until"></p>
              </div>
              <h2>Your new appointment</h2>
              <div id="new-summary"></div>
              <h2>The appointment it replaces</h2>
              <div id="replaced-summary"></div>
              <p>When you confirm, this appointment is cancelled and the new one booked, in one step. If the new time cannot be booked, you keep this appointment.</p>
              <div class="nhsuk-button-group">
                <button class="nhsuk-button" id="confirm-change" type="button">Change appointment</button>
                <button class="nhsuk-button nhsuk-button--secondary" id="choose-again" type="button">Choose a different time</button>
              </div>
              <p><a href="/appointments/">Keep your appointment as it is</a></p>
            </div>
            <div id="changed-view" hidden>
              <div class="nhsuk-panel" id="changed-panel">
                <h1 class="nhsuk-panel__heading" id="changed-heading">Your appointment has been changed</h1>
                <div class="nhsuk-panel__body">
                  Your new booking reference is<br><strong class="app-booking-reference" id="new-reference"></strong>
                </div>
              </div>
              <p id="old-cancelled"></p>
              <p>We have sent you the new details by text or email, if you asked us to.</p>
              <h2>Your new appointment</h2>
              <div id="changed-summary"></div>
              <p><a href="/appointments/">Go to your appointments</a></p>
            </div>
          </div>
        </div>`,
};
