import { holdingLabels } from "../../../lib/phb/phb-labels.ts";
import { applyPage, headingRadios } from "../apply-frame.ts";

const ways = ["notional", "third-party", "direct-payment", "mix", "not-sure"] as const;

export const phbApplyMoneyPage = applyPage({
  step: "money",
  title: "How to hold the money",
  form: headingRadios({
    id: "holding",
    name: "holding",
    heading: "How would you like to hold the money?",
    hint: "You can change your mind later. The ICB must offer all of these ways.",
    items: ways.map((way) => ({
      id: `holding-${way}`,
      value: way,
      label: holdingLabels[way].label,
      hint: holdingLabels[way].hint,
    })),
  }),
});
