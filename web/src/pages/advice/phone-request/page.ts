import { requestTypeNames, requestTypes } from "@front-door/domain";
import type { PageDefinition } from "../../../layout/layout.ts";

const typeChoices = requestTypes
  .map((type) => `<option value="${type}">${requestTypeNames[type]}</option>`)
  .join("\n");

/**
 * Staff enter a request for a patient who phoned or walked in: digital by default, not digital
 * only. The same checks as the online form; recorded as entered by staff.
 */
export const advicePhoneRequestPage: PageDefinition = {
  path: "/staff/advice/phone/",
  title: "Enter a request for a patient who phoned",
  script: "advice/phone-request",
  main: `
        <a class="nhsuk-back-link" href="/staff/advice/">Back to online requests</a>
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="phone-errors"></div>
            <h1>Enter a request for a patient who phoned</h1>
            <div class="nhsuk-warning-callout">
              <h2 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Emergencies first</span></h2>
              <p>If the caller describes severe chest pain, difficulty breathing, signs of a stroke or thoughts of ending their life, tell them to call 999 now. What you type is screened for these too.</p>
            </div>
            <div id="phone-result"></div>
            <form id="phone-form" novalidate>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="nhsNumber">Patient's NHS number</label>
                <input class="nhsuk-input nhsuk-input--width-10" id="nhsNumber" name="nhsNumber" type="text" inputmode="numeric" autocomplete="off">
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="population">The request is about</label>
                <select class="nhsuk-select" id="population" name="population">
                  <option value="adult">An adult</option>
                  <option value="child">A child under 16</option>
                </select>
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="type">What it is about</label>
                <select class="nhsuk-select" id="type" name="type">
                ${typeChoices}
                </select>
              </div>
              <div id="questions"></div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="description">What the patient said, in their words</label>
                <textarea class="nhsuk-textarea" id="description" name="description" rows="5"></textarea>
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="contact-method">How to contact them</label>
                <select class="nhsuk-select" id="contact-method" name="contact-method">
                  <option value="phone">Phone</option>
                  <option value="text">Text message</option>
                  <option value="email">Email</option>
                  <option value="online">Online (Front Door)</option>
                </select>
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="contact-phone">Phone number (if different from their record)</label>
                <input class="nhsuk-input nhsuk-input--width-20" id="contact-phone" name="contact-phone" type="tel" autocomplete="off">
              </div>
              <button class="nhsuk-button" data-module="nhsuk-button" type="submit" id="send-request">Send the request</button>
            </form>
          </div>
        </div>`,
};
