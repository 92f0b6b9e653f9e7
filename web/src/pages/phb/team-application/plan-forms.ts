import { formatPounds, type PlanDraft } from "@front-door/domain";
import { h } from "../../../lib/dom.ts";
import { signOffFor } from "../../../lib/phb-team/plan-check.ts";
import { actionForm, actionSection, type SendAction, submitButton } from "./action-form.ts";
import { planEditor } from "./plan-editor.ts";
import type { TeamApplication } from "./team-case.ts";

/** Where a new version starts: the current plan, or the person's own outcomes from the application. */
export function startingPlan(app: TeamApplication): PlanDraft {
  const plan = app.case.plans.at(-1);
  if (plan) {
    const { lines, outcomes, risks, contingency, careCoordinator, reviewDates } = plan;
    return { lines, outcomes, risks, contingency, careCoordinator, reviewDates };
  }
  return {
    lines: [],
    outcomes: app.case.details.outcomes,
    risks: "",
    contingency: "",
    careCoordinator: "",
    reviewDates: [],
  };
}

export function planForm(app: TeamApplication, send: SendAction) {
  const editor = planEditor({
    idPrefix: "plan",
    icbId: app.icbId,
    budgetPence: app.case.budget?.annualPence ?? 0,
    start: startingPlan(app),
  });
  const next = (app.case.plans.at(-1)?.version ?? 0) + 1;
  return actionSection(
    "plan-builder",
    app.case.plans.length ? `Build version ${next} of the plan` : "Build the care and support plan",
    actionForm(
      "plan-form",
      send,
      () => {
        const read = editor.read();
        return "messages" in read ? read : { body: { type: "save-plan", plan: read.plan } };
      },
      (path) => editor.fieldIdFor(path) ?? "plan-add-line",
      `Plan version ${next} saved`,
      editor.element,
      submitButton(`Save as version ${next}`, "save-plan-button"),
    ),
  );
}

/** Sign-off within the member's approval limit; above it, who must sign it off instead. */
export function signOffForm(
  app: TeamApplication,
  limitPence: number | undefined,
  send: SendAction,
) {
  const plan = app.case.plans.at(-1);
  if (!plan || plan.signOff) return undefined;
  const check = signOffFor(limitPence, app.icbId, plan.annualTotalPence);
  const total = formatPounds(plan.annualTotalPence);
  return actionSection(
    "sign-off",
    `Sign off version ${plan.version}`,
    check.kind === "needs-decision-maker"
      ? h(
          "div",
          { class: "nhsuk-inset-text", id: "needs-decision-maker" },
          h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
          h(
            "p",
            {},
            `This plan costs ${total} a year, above your approval limit of ${check.limitText}. A decision-maker with a higher limit must sign it off: assign it to them.`,
          ),
        )
      : actionForm(
          "sign-off-form",
          send,
          () => ({ body: { type: "sign-off", version: plan.version } }),
          () => "sign-off-button",
          `Plan version ${plan.version} signed off`,
          h("p", {}, `The plan costs ${total} a year, within your approval limit.`),
          submitButton(`Sign off version ${plan.version}`, "sign-off-button"),
        ),
  );
}
