import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * The times the practice offered as the answer to a patient's online request: held for them
 * until a stated time; they choose one and it is booked, or see why they cannot any more.
 */
export const adviceOfferedTimesPage: PageDefinition = {
  path: "/advice/offered-times/",
  title: "Choose an appointment",
  script: "advice/offered-times",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="offer-errors"></div>
            <div id="offer-message"><p>Loading the times…</p></div>
            <div id="offer-content" hidden>
              <h1 id="offer-heading">Choose an appointment</h1>
              <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">Information: </span>
                <p id="offer-held"></p>
              </div>
              <form id="offer-form" novalidate>
                <div class="nhsuk-form-group">
                  <fieldset class="nhsuk-fieldset" id="offer-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Times we can offer you</legend>
                    <div class="nhsuk-radios" id="offer-times"></div>
                  </fieldset>
                </div>
                <button class="nhsuk-button" data-module="nhsuk-button" type="submit" id="book-offered">Book this time</button>
              </form>
              <p>None of these times work? Reply to your practice's message to tell them.</p>
            </div>
            <div id="offer-booked" hidden>
              <div class="nhsuk-panel" id="booked-panel">
                <h1 class="nhsuk-panel__heading" id="booked-heading">Your appointment is booked</h1>
                <div class="nhsuk-panel__body">
                  Your booking reference is<br><strong class="app-booking-reference" id="booking-reference"></strong>
                </div>
              </div>
              <h2>Your appointment</h2>
              <p id="booked-when"></p>
              <p>Your request to the practice is now closed. If you cannot make it, cancel it in <a href="/appointments/">Your appointments</a> so someone else can have the time.</p>
            </div>
          </div>
        </div>`,
};
