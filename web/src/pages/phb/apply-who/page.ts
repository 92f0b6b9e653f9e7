import { choices, textInput } from "../../../layout/form-markup.ts";
import { dateInputMarkup } from "../../../lib/date-input.ts";
import { applyPage, headingRadios } from "../apply-frame.ts";

const person = `
${textInput({ id: "person-given-name", label: "Their first name", autocomplete: "off" })}
${textInput({ id: "person-family-name", label: "Their last name", autocomplete: "off" })}
${textInput({
  id: "person-nhs-number",
  label: "Their NHS number",
  hint: "10 digits, on their letters from the NHS or in the NHS App, like 943 476 5919",
  widthClass: "nhsuk-input--width-10",
  spellcheck: false,
})}
${dateInputMarkup({ id: "person-dob", legend: "Their date of birth", hint: "For example, 15 3 1984" })}
${textInput({
  id: "person-relationship",
  label: "How are you related to them?",
  hint: "For example, their daughter, partner or friend",
})}
${choices({
  kind: "radios",
  id: "person-representative",
  name: "person-representative",
  legend: "Are you their representative?",
  hint: "A representative can agree the plan for them: for example, someone with lasting power of attorney, a deputy, or the parent of a child.",
  choices: [
    { id: "person-representative-yes", value: "yes", label: "Yes" },
    { id: "person-representative-no", value: "no", label: "No" },
  ],
})}`;

export const phbApplyWhoPage = applyPage({
  step: "who",
  title: "Who is it for",
  form: headingRadios({
    id: "who",
    name: "who",
    heading: "Who is the personal health budget for?",
    items: [
      { id: "who-myself", value: "myself", label: "Me" },
      {
        id: "who-someone",
        value: "someone",
        label: "Someone I care for",
        hint: "We will ask for their details. Your own contact details come from your profile.",
        conditional: person,
      },
    ],
  }),
});
