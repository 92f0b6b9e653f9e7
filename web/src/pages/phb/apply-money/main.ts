import { HoldingPreference } from "@front-door/contracts";
import { startApplyPage } from "../../../lib/phb/apply-page.ts";

startApplyPage({
  step: "money",
  fill: ({ draft }) => {
    if (!draft.holdingPreference) return;
    const radio = document.getElementById(`holding-${draft.holdingPreference}`);
    if (radio instanceof HTMLInputElement) radio.checked = true;
  },
  read: (draft) => {
    const chosen = document.querySelector<HTMLInputElement>('input[name="holding"]:checked');
    const parsed = HoldingPreference.safeParse(chosen?.value);
    const { holdingPreference: _earlier, ...rest } = draft;
    return { draft: parsed.success ? { ...rest, holdingPreference: parsed.data } : rest };
  },
  fieldIdFor: () => "holding-notional",
});
