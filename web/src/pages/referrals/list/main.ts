import { MyReferralsResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, summaryList } from "../../../lib/dom.ts";
import { referralStageTag } from "../../../lib/referral-stage-tag.ts";
import { formatLondonDate, isOpenReferral, referralHref } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

type ReferralHeadline = MyReferralsResponse["referrals"][number];

function sendToSignIn(): void {
  location.replace(signInHref("/referrals/"));
}

function card(referral: ReferralHeadline): HTMLElement {
  return h(
    "li",
    { "data-referral-id": referral.id, "data-reference": referral.reference },
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h(
          "h3",
          { class: "nhsuk-card__heading nhsuk-heading-s" },
          h("a", { href: referralHref(referral.id) }, referral.serviceName),
        ),
        summaryList(
          [
            { key: "Reference", value: referral.reference },
            { key: "Where it is up to", value: referralStageTag(referral.stage) },
            { key: "Sent", value: formatLondonDate(referral.submittedAt) },
            { key: "Last changed", value: formatLondonDate(referral.updatedAt) },
          ],
          { inCard: true },
        ),
      ),
    ),
  );
}

function list(referrals: readonly ReferralHeadline[], empty: string): HTMLElement {
  return referrals.length
    ? h("ul", { class: "app-result-list" }, ...referrals.map(card))
    : h("p", {}, empty);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const result = await api("/api/me/referrals", { auth: true, schema: MyReferralsResponse });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      throw new Error(result.error.message);
    }
    const { referrals } = result.data;
    render(
      byId("referrals-open"),
      list(
        referrals.filter((r) => isOpenReferral(r.stage)),
        "You have no open referrals.",
      ),
    );
    render(
      byId("referrals-closed"),
      list(
        referrals.filter((r) => !isOpenReferral(r.stage)),
        "You have no closed referrals.",
      ),
    );
    byId("referrals-message").replaceChildren();
    byId("referrals-content").hidden = false;
  },
});
