import type { MyReferral } from "@front-door/contracts";
import { h } from "./dom.ts";
import { referralStageWords } from "./referrals.ts";

/** Where a referral is up to, as an NHS tag. */
export function referralStageTag(stage: MyReferral["stage"]): HTMLElement {
  const words = referralStageWords[stage];
  return h(
    "strong",
    { class: `nhsuk-tag nhsuk-tag--${words.colour}`, "data-stage": stage },
    words.tag,
  );
}
