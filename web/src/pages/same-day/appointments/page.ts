import { choices, textarea } from "../../../layout/form-markup.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { cancelReasons } from "./cancel-reason.ts";

const reasonForm = `
              <form id="cancel-form" novalidate>
                ${choices({
                  kind: "radios",
                  id: "cancel-reason",
                  name: "cancel-reason",
                  legend: "Why are you cancelling?",
                  legendSize: "m",
                  choices: cancelReasons.map((r) => ({
                    id: `reason-${r.value}`,
                    value: r.value,
                    label: r.label,
                    ...(r.value === "other"
                      ? {
                          conditional: {
                            id: "reason-other-details",
                            html: textarea({ id: "reason-other-text", label: "Tell us why" }),
                          },
                        }
                      : {}),
                  })),
                })}
                <div class="nhsuk-button-group">
                  <button class="nhsuk-button nhsuk-button--warning" id="confirm-cancel" type="submit">Cancel appointment</button>
                  <button class="nhsuk-button nhsuk-button--secondary" id="keep-appointment" type="button">Keep appointment</button>
                </div>
              </form>`;

export const appointmentsPage: PageDefinition = {
  path: "/appointments/",
  title: "Your appointments",
  script: "same-day/appointments",
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
            <div id="cancel-view" hidden>
              <h1 id="cancel-heading">Cancel your appointment</h1>
              <div id="cancel-summary"></div>${reasonForm}
            </div>
          </div>
        </div>`,
};
