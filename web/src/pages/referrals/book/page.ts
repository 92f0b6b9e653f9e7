import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * Choosing the appointment for an accepted self-referral: a day, then a time, then check and
 * confirm while the time is held. The title names no service: it shows in tabs and history.
 */
export const referralBookPage: PageDefinition = {
  path: "/referrals/book/",
  title: "Choose an appointment",
  script: "referrals/book",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="book-errors"></div>
            <div id="choose-view">
              <a class="nhsuk-back-link" id="choose-back" href="/referrals/">Your referrals</a>
              <h1 id="book-heading">Choose an appointment</h1>
              <div id="slot-taken" aria-live="polite"></div>
              <div id="book-message"><p>Looking for free times…</p></div>
              <div id="book-choices"></div>
            </div>
            <div id="confirm-view" hidden>
              <a class="nhsuk-back-link" id="confirm-back" href="/referrals/">Choose a different time</a>
              <h1 id="confirm-heading">Check and confirm your appointment</h1>
              <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">Information: </span>
                <p id="held-until"></p>
              </div>
              <div id="held-summary"></div>
              <p>We will send you a confirmation by text or email, if you asked us to.</p>
              <button class="nhsuk-button" id="confirm-appointment" type="button">Confirm appointment</button>
            </div>
            <div id="booked-view" hidden>
              <div class="nhsuk-panel" id="booked-panel">
                <h1 class="nhsuk-panel__heading" id="booked-heading">Your appointment is booked</h1>
                <div class="nhsuk-panel__body">
                  Your booking reference is<br><strong class="app-booking-reference" id="booking-reference"></strong>
                </div>
              </div>
              <p>We have sent you a confirmation by text or email, if you asked us to.</p>
              <h2>Your appointment</h2>
              <div id="booked-summary"></div>
              <h2>If you cannot make it</h2>
              <p>Cancel it from your referral or in Your appointments, so someone else can have the time. You can then choose another time.</p>
              <ul class="nhsuk-list">
                <li><a id="booked-referral-link" href="/referrals/">View your referral</a></li>
                <li><a id="booked-appointments-link" href="/appointments/">Go to your appointments</a></li>
              </ul>
            </div>
          </div>
        </div>`,
};
