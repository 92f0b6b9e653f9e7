import { applyPage } from "../apply-frame.ts";

export const phbApplyRoutePage = applyPage({
  step: "route",
  title: "Why you may have a budget",
  form: `<div class="nhsuk-form-group">
      <fieldset class="nhsuk-fieldset" id="route" aria-describedby="route-hint">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
          <h1 class="nhsuk-fieldset__heading">Why might you have a personal health budget?</h1>
        </legend>
        <div class="nhsuk-hint" id="route-hint">Choose the one that fits best. If you are not sure, choose the closest: the PHB team will check it with you.</div>
        <div class="nhsuk-radios" data-module="nhsuk-radios" id="route-radios"></div>
      </fieldset>
    </div>`,
});
