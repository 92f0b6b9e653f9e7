import { daysOfWeek, requestTypeNames, requestTypes } from "@front-door/domain";
import type { PageDefinition } from "../../../layout/layout.ts";
import { weekdayWords } from "../../../lib/advice-staff/settings-form.ts";

const dayRows = daysOfWeek
  .map(
    (day) => `<fieldset class="nhsuk-fieldset nhsuk-u-margin-bottom-4" id="${day}-hours">
              <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">${weekdayWords[day]}</legend>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="${day}-opens">Opens</label>
                <input class="nhsuk-input nhsuk-input--width-5" id="${day}-opens" name="${day}-opens" type="text" inputmode="numeric" autocomplete="off">
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="${day}-closes">Closes</label>
                <input class="nhsuk-input nhsuk-input--width-5" id="${day}-closes" name="${day}-closes" type="text" inputmode="numeric" autocomplete="off">
              </div>
              <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id="${day}-closed" name="${day}-closed" type="checkbox" value="yes">
                  <label class="nhsuk-label nhsuk-checkboxes__label" for="${day}-closed">Closed all day</label>
                </div>
              </div>
            </fieldset>`,
  )
  .join("\n");

const typeBoxes = requestTypes
  .map(
    (type, i) => `<div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id="enabledTypes${i === 0 ? "" : `-${type}`}" name="enabledTypes" type="checkbox" value="${type}">
                  <label class="nhsuk-label nhsuk-checkboxes__label" for="enabledTypes${i === 0 ? "" : `-${type}`}">${requestTypeNames[type]}</label>
                </div>`,
  )
  .join("\n");

const number = (id: string, label: string, hint: string) => `<div class="nhsuk-form-group">
              <label class="nhsuk-label" for="${id}">${label}</label>
              <div class="nhsuk-hint" id="${id}-hint">${hint}</div>
              <input class="nhsuk-input nhsuk-input--width-3" id="${id}" name="${id}" type="text" inputmode="numeric" aria-describedby="${id}-hint">
            </div>`;

/** The practice's settings for online requests: receptionists change them; clinicians read. */
export const adviceSettingsPage: PageDefinition = {
  path: "/staff/advice/settings/",
  title: "Online request settings",
  script: "advice/settings",
  main: `
        <a class="nhsuk-back-link" href="/staff/advice/">Back to online requests</a>
        <div id="settings-errors"></div>
        <div id="settings-banner"></div>
        <h1>Online request settings</h1>
        <div id="settings-message"><p>Loading the settings…</p></div>
        <form id="settings-form" novalidate hidden>
          <h2>Opening hours for online requests</h2>
          <p>Times on a 24-hour clock, like 08:00 and 18:30. Your contract expects at least 8am to 6:30pm on weekdays.</p>
          ${dayRows}
          <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
            <div class="nhsuk-checkboxes__item">
              <input class="nhsuk-checkboxes__input" id="closedOnBankHolidays" name="closedOnBankHolidays" type="checkbox" value="yes">
              <label class="nhsuk-label nhsuk-checkboxes__label" for="closedOnBankHolidays">Closed on bank holidays</label>
            </div>
            <div class="nhsuk-checkboxes__item">
              <input class="nhsuk-checkboxes__input" id="acceptWhenClosed" name="acceptWhenClosed" type="checkbox" value="yes">
              <label class="nhsuk-label nhsuk-checkboxes__label" for="acceptWhenClosed">Take requests while closed too</label>
            </div>
          </div>
          <div class="nhsuk-form-group">
            <fieldset class="nhsuk-fieldset">
              <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m"><h2 class="nhsuk-fieldset__heading">Types of request you take</h2></legend>
              <div class="nhsuk-checkboxes">
              ${typeBoxes}
              </div>
            </fieldset>
          </div>
          <h2>Response targets</h2>
          ${number("nextStepWorkingDays", "Tell the patient what happens next within (working days)", "Usually 1")}
          ${number("replyWorkingDays", "Reply within (working days)", "Usually 2")}
          ${number("patientReplyDays", "Close a request waiting for the patient after (days)", "The patient is told the date when you ask")}
          <h2>The closed page</h2>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="closedMessage">Your words for the closed page</label>
            <div class="nhsuk-hint" id="closedMessage-hint">Patients see this as plain text when online requests are closed.</div>
            <textarea class="nhsuk-textarea" id="closedMessage" name="closedMessage" rows="4" aria-describedby="closedMessage-hint"></textarea>
          </div>
          <button class="nhsuk-button" data-module="nhsuk-button" type="submit" id="save-settings">Save settings</button>
        </form>`,
};
