import { maxApplicationOutcomes } from "@front-door/domain";
import { textarea } from "../../../layout/form-markup.ts";
import { applyPage } from "../apply-frame.ts";

export const phbApplyOutcomesPage = applyPage({
  step: "outcomes",
  title: "What you want to achieve",
  form: `<h1>What would you like to achieve?</h1>
    <p>In your own words, up to ${maxApplicationOutcomes} things you would like the budget to help with. The PHB team uses them to write the plan with you.</p>
    <p class="nhsuk-hint">For example, "stay living in my own home", "get to my allotment on Saturdays", "have carers I know".</p>
    ${Array.from({ length: maxApplicationOutcomes }, (_, i) =>
      textarea({
        id: `outcome-${i}`,
        label: i === 0 ? "Outcome 1" : `Outcome ${i + 1} (optional)`,
        rows: 2,
      }),
    ).join("\n")}`,
});
