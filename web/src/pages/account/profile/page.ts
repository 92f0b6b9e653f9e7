import { choices, textarea, textInput } from "../../../layout/form-markup.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { checkboxIds as box, radioGroups, textFieldIds as text } from "./profile-form.ts";

const carerDetails = [
  choices({
    kind: "radios",
    id: "carer-kind",
    name: radioGroups.carerKind.name,
    legend: "Are they your carer or your advocate?",
    hint: "A carer looks after you. An advocate helps you say what you want and stands up for your rights.",
    choices: [
      { id: radioGroups.carerKind.ids.carer, value: "carer", label: "Carer" },
      { id: radioGroups.carerKind.ids.advocate, value: "advocate", label: "Advocate" },
    ],
  }),
  textInput({
    id: text.carerName,
    label: "Their full name",
    autocomplete: "off",
    spellcheck: false,
  }),
  textInput({
    id: text.carerRelationship,
    label: "How do you know them? (optional)",
    hint: "For example, daughter, husband, friend",
    widthClass: "nhsuk-u-width-two-thirds",
  }),
  textInput({
    id: text.carerPhone,
    label: "Their phone number (optional)",
    type: "tel",
    autocomplete: "off",
    widthClass: "nhsuk-input--width-20",
  }),
  choices({
    kind: "checkboxes",
    id: "carer-permission",
    legend: "Can they act for you?",
    choices: [
      {
        id: box.carerMayAct,
        value: "yes",
        label: "Yes, they may speak to the NHS and make requests on my behalf",
      },
    ],
  }),
].join("\n");

const form = `
            <form id="profile-form" novalidate>
              <h2>How to contact you</h2>
              ${textInput({ id: text.preferredName, label: "What would you like us to call you? (optional)", autocomplete: "nickname", widthClass: "nhsuk-u-width-two-thirds" })}
              ${textInput({ id: text.mobile, label: "Mobile phone number (optional)", hint: "For example, 07700 900123", type: "tel", autocomplete: "tel", widthClass: "nhsuk-input--width-20" })}
              ${textInput({ id: text.email, label: "Email address (optional)", type: "email", autocomplete: "email", spellcheck: false })}
              ${choices({
                kind: "checkboxes",
                id: "consent",
                legend: "Can we send you updates about your requests?",
                hint: "Select all that apply. We will still write to you if you choose neither.",
                choices: [
                  { id: box.consentSms, value: "yes", label: "Yes, by text message" },
                  { id: box.consentEmail, value: "yes", label: "Yes, by email" },
                ],
              })}
              <h2>Help with communication</h2>
              ${textInput({ id: text.interpreterLanguage, label: "If you need an interpreter, what language? (optional)", hint: "Leave this blank if you do not need one", widthClass: "nhsuk-u-width-two-thirds" })}
              ${choices({
                kind: "checkboxes",
                id: "communication-formats",
                legend: "Do you need any of these?",
                hint: "Select all that apply",
                choices: [
                  {
                    id: box.britishSignLanguage,
                    value: "yes",
                    label: "A British Sign Language (BSL) interpreter",
                  },
                  { id: box.easyRead, value: "yes", label: "Easy Read information" },
                  { id: box.largePrint, value: "yes", label: "Large print" },
                ],
              })}
              ${textarea({ id: text.otherNeeds, label: "Anything else about how we should communicate with you (optional)" })}
              ${textarea({ id: text.accessibilityNeeds, label: "Do you need help getting to or using our buildings? (optional)", hint: "For example, step-free access, a hearing loop or a quiet place to wait" })}
              <h2>Carer or advocate</h2>
              ${choices({
                kind: "radios",
                id: "has-carer",
                name: radioGroups.hasCarer.name,
                legend: "Does a carer or advocate help you with your health care?",
                choices: [
                  {
                    id: radioGroups.hasCarer.ids.yes,
                    value: "yes",
                    label: "Yes",
                    conditional: { id: "carer-details", html: carerDetails },
                  },
                  { id: radioGroups.hasCarer.ids.no, value: "no", label: "No" },
                ],
              })}
              <button class="nhsuk-button" id="save-profile" type="submit">Save your details</button>
            </form>`;

export const profilePage: PageDefinition = {
  path: "/profile/",
  title: "Your details",
  script: "account/profile",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="profile-errors"></div>
            <h1 id="profile-heading">Your details</h1>
            <div id="profile-saved" hidden></div>
            <div id="profile-message"><p>Loading your details…</p></div>
            <div id="profile-content" hidden>
              <p>Tell us once. Everyone who helps you through this service sees these details, so you do not have to repeat them.</p>
              <div class="nhsuk-card">
                <div class="nhsuk-card__content">
                  <h2 class="nhsuk-card__heading nhsuk-heading-m">From your GP record</h2>
                  <div id="record-summary"></div>
                  <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">If any of this is wrong, contact your GP practice.</p>
                </div>
              </div>${form}
            </div>
          </div>
        </div>`,
};
