import { textarea, textInput } from "../../../layout/form-markup.ts";
import { applyPage } from "../apply-frame.ts";

/** Room for three kinds of support; most people have one or two, and the team asks for more. */
export const supportRows = 3;

const row = (index: number) => `<fieldset class="nhsuk-fieldset nhsuk-u-margin-bottom-4">
      <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Support ${index + 1}${index === 0 ? "" : " (if any)"}</legend>
      ${textarea({ id: `support-${index}-description`, label: "What support is given", rows: 2 })}
      ${textInput({ id: `support-${index}-provided-by`, label: "Who provides it", hint: "For example, the council, a care agency, a family member" })}
    </fieldset>`;

export const phbApplySupportPage = applyPage({
  step: "support",
  title: "Support now",
  form: `<h1>What care and support is given now?</h1>
    <p>Tell us about help with health or care needs today, and who gives it. Leave this blank if there is none.</p>
    ${Array.from({ length: supportRows }, (_, i) => row(i)).join("\n")}`,
});
