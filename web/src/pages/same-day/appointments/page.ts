import type { PageDefinition } from "../../../layout/layout.ts";

export const appointmentsPage: PageDefinition = {
  path: "/appointments/",
  title: "Your appointments",
  script: "same-day/appointments",
  description: "See, change or cancel your appointments.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="appointments-errors"></div>
            <div id="appointments-view">
              <h1 id="appointments-heading">Your appointments</h1>
              <div id="appointments-done" aria-live="polite"></div>
              <div id="appointments-message"><p>Loading your appointments…</p></div>
              <div id="appointments-content" hidden>
                <div id="offers"></div>
                <h2>Upcoming</h2>
                <div id="upcoming"></div>
                <h2>Past and cancelled</h2>
                <div id="past"></div>
                <p><a href="/same-day/">Get a same-day appointment</a></p>
              </div>
            </div>
          </div>
        </div>`,
};
