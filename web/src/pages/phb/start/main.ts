import { MeResponse, PhbOfferResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { stepHref } from "../../../lib/phb/apply-steps.ts";
import { offerSteps } from "../../../lib/phb/offer-steps.ts";
import { holdingLabels } from "../../../lib/phb/phb-labels.ts";
import { applicationsHref } from "../../../lib/phb/phb-links.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

/** Anyone may read the start page; the ICB is the signed-in patient's, or ?icb= for others. */
async function icbToShow(): Promise<string> {
  const asked = new URLSearchParams(location.search).get("icb");
  if (asked && /^[a-z0-9-]{1,64}$/.test(asked)) return asked;
  if (readSession(sessionStorage)?.role === "patient") {
    const me = await api("/api/me", { auth: true, schema: MeResponse });
    if (me.ok && me.data.site) return me.data.site.icbId;
  }
  return "icb-west-yorkshire";
}

function startButton(): HTMLElement {
  const session = readSession(sessionStorage);
  const first = stepHref("who");
  const href = session?.role === "patient" ? first : signInHref(first);
  return h(
    "div",
    {},
    h(
      "a",
      {
        // nhsuk-frontend v10 has no start modifier: its primary button is the green start button.
        class: "nhsuk-button",
        href,
        role: "button",
        draggable: "false",
        id: "start-application",
        "data-module": "nhsuk-button",
      },
      "Start now",
    ),
    session?.role === "patient"
      ? h(
          "p",
          {},
          "Already applied? ",
          h("a", { href: applicationsHref }, "See your applications"),
          ".",
        )
      : h("p", {}, "You will need to sign in first."),
  );
}

startPage({
  run: async () => {
    const icbId = await icbToShow();
    const found = await api(`/api/phb/offer?${new URLSearchParams({ icbId })}`, {
      schema: PhbOfferResponse,
    });
    if (!found.ok) {
      render(byId("offer-message"), h("p", {}, found.error.message));
      return;
    }
    const offer = found.data;
    const signedIn =
      readSession(sessionStorage)?.role === "patient" &&
      !new URLSearchParams(location.search).has("icb");
    // Each ICB offers budgets to its own local groups: say whose offer this is.
    byId("offer-icb").textContent = signedIn
      ? `What ${offer.icbName}, your GP practice's ICB, offers.`
      : `This shows what ${offer.icbName} offers. Sign in to see your own ICB's offer.`;
    const rights = offer.routes.filter((r) => r.legalRight);
    const local = offer.routes.filter((r) => !r.legalRight);
    render(
      byId("offer-rights"),
      ...rights.map((r) => h("li", {}, h("strong", {}, r.name), ": ", r.description)),
    );
    render(
      byId("offer-local"),
      ...(local.length
        ? [
            h("p", {}, `${offer.icbName} also offers personal health budgets to:`),
            h(
              "ul",
              {},
              ...local.map((r) => h("li", {}, h("strong", {}, r.name), ": ", r.description)),
            ),
            h("p", {}, "The ICB decides whether a budget is right for you in these groups."),
          ]
        : []),
    );
    render(
      byId("offer-ways"),
      ...offer.waysToHoldTheMoney.map((way) =>
        h(
          "div",
          { class: "nhsuk-summary-list__row" },
          h("dt", { class: "nhsuk-summary-list__key" }, holdingLabels[way].label),
          h("dd", { class: "nhsuk-summary-list__value" }, holdingLabels[way].hint),
        ),
      ),
    );
    render(
      byId("offer-cannot-buy"),
      ...offer.cannotBuy.map((rule) =>
        h("li", {}, h("strong", {}, rule.label), `: ${rule.reason}`),
      ),
    );
    render(byId("offer-steps"), ...offerSteps(offer).map((step) => h("li", {}, step)));
    render(byId("offer-start"), startButton());
    byId("offer-contact").textContent = `Questions before you apply? ${offer.contact}.`;
    byId("offer-message").replaceChildren();
    byId("offer-content").hidden = false;
  },
});
