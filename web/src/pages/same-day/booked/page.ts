import type { PageDefinition } from "../../../layout/layout.ts";

export const sameDayBookedPage: PageDefinition = {
  path: "/same-day/booked/",
  title: "Your appointment is booked",
  script: "same-day/booked",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="booked-message"><p>Loading your appointment…</p></div>
            <div id="booked-content" hidden>
              <div class="nhsuk-panel" id="booked-panel">
                <h1 class="nhsuk-panel__heading" id="booked-heading">Your appointment is booked</h1>
                <div class="nhsuk-panel__body">
                  Your booking reference is<br><strong class="app-booking-reference" id="booking-reference"></strong>
                </div>
              </div>
              <p>We have sent you a confirmation by text or email, if you asked us to. You can also show or print this page.</p>
              <h2>Your appointment</h2>
              <div id="booked-summary"></div>
              <h2>What to bring</h2>
              <ul>
                <li>your booking reference</li>
                <li>a list of any medicines you take, or the medicines themselves</li>
                <li>your glasses, hearing aids or anything else you need to communicate</li>
              </ul>
              <h2>If you cannot make it</h2>
              <p>Cancel it in <a href="/appointments/">Your appointments</a> so someone else can have the time. You can also phone <span id="booked-site-phone">the practice</span>.</p>
              <button class="nhsuk-button nhsuk-button--secondary app-no-print" id="print-page" type="button">Print this page</button>
            </div>
          </div>
        </div>`,
};
