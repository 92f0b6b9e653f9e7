import { serviceCatalogue } from "@front-door/contracts";
import { choices, textInput } from "../../../layout/form-markup.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { dateInputMarkup } from "../../../lib/date-input.ts";
import { channelChoices, channelFieldId, dayChoices, dayFieldId } from "./session-form.ts";

const serviceOptions = serviceCatalogue
  .map((s) => `<option value="${s.code}">${s.name}</option>`)
  .join("");

/**
 * Session templates for the signed-in receptionist's site, a form to add or change one, and
 * publishing. Times are text with the format as a hint and dates the NHS date input, never pickers. Clinicians see
 * the templates only: the forms stay hidden for them (the API refuses them too).
 */
export const staffSessionsPage: PageDefinition = {
  path: "/staff/sessions/",
  title: "Sessions and slots",
  script: "staff/sessions",
  main: `
        <div id="sessions-errors"></div>
        <div id="sessions-banner"></div>
        <h1><span class="nhsuk-caption-l" id="sessions-site"></span>Sessions and slots</h1>
        <div id="sessions-message"><p>Loading your sessions…</p></div>
        <div id="sessions-content" hidden>
          <p>A session sets when slots run. Publish slots from your sessions for the dates patients and receptionists can book.</p>
          <h2 id="templates-heading">Your sessions</h2>
          <div id="templates"></div>
          <div class="nhsuk-grid-row" id="receptionist-forms" hidden>
            <div class="nhsuk-grid-column-two-thirds">
              <form id="session-form" novalidate>
                <h2 id="session-form-heading">Add a session</h2>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="service">Service</label>
                  <select class="nhsuk-select" id="service" name="service">${serviceOptions}</select>
                </div>
                ${choices({
                  kind: "checkboxes",
                  id: "days",
                  legend: "Days",
                  hint: "Select all that apply",
                  choices: dayChoices.map((d) => ({
                    id: dayFieldId(d.value),
                    value: d.value,
                    label: d.label,
                  })),
                })}
                <fieldset class="nhsuk-fieldset">
                  <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Times</legend>
                  ${textInput({ id: "start-time", label: "Start time", hint: "24-hour clock, for example 08:00", widthClass: "nhsuk-input--width-5", spellcheck: false, autocomplete: "off" })}
                  ${textInput({ id: "end-time", label: "End time", hint: "24-hour clock, for example 18:30", widthClass: "nhsuk-input--width-5", spellcheck: false, autocomplete: "off" })}
                </fieldset>
                <fieldset class="nhsuk-fieldset">
                  <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Slots</legend>
                  ${textInput({ id: "slot-minutes", label: "Slot length in minutes", hint: "From 5 to 120. The session must divide into whole slots.", widthClass: "nhsuk-input--width-3", autocomplete: "off" })}
                  ${textInput({ id: "parallel", label: "Clinicians on shift", hint: "How many patients can be seen at the same time, from 1 to 20", widthClass: "nhsuk-input--width-3", autocomplete: "off" })}
                </fieldset>
                ${choices({
                  kind: "radios",
                  id: "channel",
                  name: "channel",
                  legend: "How patients are seen",
                  choices: channelChoices.map((c) => ({
                    id: channelFieldId(c.value),
                    value: c.value,
                    label: c.label,
                  })),
                })}
                ${choices({
                  kind: "checkboxes",
                  id: "same-day",
                  legend: "Same-day appointments",
                  choices: [
                    {
                      id: "same-day-only",
                      value: "yes",
                      label: "Keep these slots for patients who need to be seen the same day",
                    },
                  ],
                })}
                <div class="nhsuk-button-group">
                  <button class="nhsuk-button" data-module="nhsuk-button" type="submit" id="save-session">Save session</button>
                  <button class="nhsuk-button nhsuk-button--secondary" type="button" id="new-session" hidden>Add a new session instead</button>
                </div>
              </form>
              <form id="publish-form" novalidate>
                <h2>Publish slots</h2>
                <p>Publishing the same dates again adds only what is missing, so nothing is published twice.</p>
                ${dateInputMarkup({ id: "publish-from", legend: "First day" })}
                ${dateInputMarkup({ id: "publish-to", legend: "Last day" })}
                <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Publish slots</button>
              </form>
            </div>
          </div>
        </div>`,
};
