import { choices, textarea } from "../../../layout/form-markup.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { cancelReasons } from "../appointments/cancel-reason.ts";

const reasonForm = `
              <form id="cancel-form" novalidate hidden>
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
                  <a class="nhsuk-button nhsuk-button--secondary" href="/appointments/" id="keep-appointment">Keep appointment</a>
                </div>
              </form>`;

/** Cancelling is a page of its own: its own address and title, and Back goes to the list. */
export const appointmentCancelPage: PageDefinition = {
  path: "/appointments/cancel/",
  title: "Cancel your appointment",
  description:
    "Cancel a same-day appointment you booked, and say why, so the time goes to someone else.",
  script: "same-day/appointment-cancel",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" href="/appointments/">Back to your appointments</a>
            <div id="cancel-errors"></div>
            <div id="cancel-view">
              <h1 id="cancel-heading">Cancel your appointment</h1>
              <div id="cancel-message"><p>Loading your appointment…</p></div>
              <div id="cancel-summary"></div>${reasonForm}
            </div>
          </div>
        </div>`,
};
