import { SelfReferralServicesResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { questionsHref } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession, roleLabels } from "../../../lib/session.ts";
import { refreshAccount, startPage } from "../../../lib/shell.ts";

type ServiceEntry = SelfReferralServicesResponse["services"][number];

/** "Armley Neighbourhood Health Centre, Leeds – 2.3 miles away": where, and how far. */
function whereLine({ site, distanceMiles }: ServiceEntry): string {
  const place =
    site.town && !site.name.includes(site.town) ? `${site.name}, ${site.town}` : site.name;
  if (distanceMiles === undefined) return place;
  const miles = distanceMiles < 0.1 ? "less than 0.1" : String(distanceMiles);
  return `${place} – ${miles} ${miles === "1" ? "mile" : "miles"} away`;
}

/** A service the patient may use: the whole card is the link to its questions. */
function openCard(entry: ServiceEntry): HTMLElement {
  const { service } = entry;
  return h(
    "li",
    { "data-service-id": service.id },
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--clickable" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h(
          "h3",
          { class: "nhsuk-card__heading nhsuk-heading-s" },
          h("a", { class: "nhsuk-card__link", href: questionsHref(service.id) }, service.name),
        ),
        h("p", { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" }, whereLine(entry)),
        h("p", { class: "nhsuk-card__description" }, service.description),
      ),
    ),
  );
}

/** A service that cannot take this patient: shown, not hidden, with why and where instead. */
function closedCard(entry: ServiceEntry): HTMLElement | undefined {
  const { service, mayRefer } = entry;
  if (mayRefer.kind !== "no") return undefined;
  return h(
    "li",
    { "data-service-id": service.id },
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, service.name),
        h("p", { class: "nhsuk-body-s nhsuk-u-secondary-text-colour" }, whereLine(entry)),
        h("p", { class: "nhsuk-card__description" }, mayRefer.reason),
        h(
          "p",
          { class: "nhsuk-card__description nhsuk-u-margin-bottom-0" },
          h("strong", {}, "What to do instead: "),
          mayRefer.signpost,
        ),
      ),
    ),
  );
}

function cardList(cards: (HTMLElement | undefined)[], empty: string): HTMLElement {
  const items = cards.filter((card) => card !== undefined);
  return items.length ? h("ul", { class: "app-result-list" }, ...items) : h("p", {}, empty);
}

function signInPrompt(): HTMLElement[] {
  return [
    h(
      "p",
      {},
      "You need to sign in first. Then you will see the services you can refer yourself to.",
    ),
    // The green start button (nhsuk-frontend's primary button), as on the other start pages.
    h(
      "a",
      {
        class: "nhsuk-button",
        href: signInHref("/self-referral/"),
        role: "button",
        draggable: "false",
        id: "sign-in-to-refer",
        "data-module": "nhsuk-button",
      },
      "Start now",
    ),
  ];
}

startPage({
  run: async () => {
    const message = byId("services-message");
    const session = readSession(sessionStorage);
    if (!session) return render(message, ...signInPrompt());
    if (session.role !== "patient") {
      return render(
        message,
        h(
          "p",
          {},
          `You are signed in as a ${roleLabels[session.role].toLowerCase()}. Only patients can refer themselves. Sign out and sign in as a patient to use this.`,
        ),
      );
    }
    const postcode = (new URLSearchParams(location.search).get("postcode") ?? "").trim();
    byId<HTMLInputElement>("postcode").value = postcode;
    const result = await api(
      `/api/self-referral/services${postcode ? `?${new URLSearchParams({ postcode })}` : ""}`,
      { auth: true, schema: SelfReferralServicesResponse },
    );
    if (!result.ok) {
      if (result.status === 401) {
        refreshAccount();
        return render(message, ...signInPrompt());
      }
      const { code } = result.error;
      if (code !== "validation_failed" && code !== "postcode_not_covered") {
        throw new Error(result.error.message);
      }
      // The postcode was not one we can use: say so on the field, and show the form again.
      const problem =
        code === "postcode_not_covered"
          ? result.error.message
          : (result.error.fields?.[0]?.message ?? result.error.message);
      showFieldError("postcode", problem);
      showErrorSummary(byId("services-errors"), [{ fieldId: "postcode", message: problem }]);
      message.replaceChildren();
      byId("services-content").hidden = false;
      byId("services-lists").hidden = true;
      return;
    }
    const { services, near } = result.data;
    byId("services-near").textContent = near ? `Nearest first to ${near.description}.` : "";
    render(
      byId("services-open"),
      cardList(
        services.filter((s) => s.mayRefer.kind === "yes").map(openCard),
        "There are no services you can refer yourself to at the moment. Contact your GP practice if you need help.",
      ),
    );
    render(
      byId("services-closed"),
      cardList(services.map(closedCard), "Every service here is open to you."),
    );
    message.replaceChildren();
    byId("services-content").hidden = false;
  },
});
