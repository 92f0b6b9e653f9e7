import { MyPhbApplicationsResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, summaryList } from "../../../lib/dom.ts";
import { formatDate } from "../../../lib/format.ts";
import { routeName, stageLabels } from "../../../lib/phb/phb-labels.ts";
import { applicationHref } from "../../../lib/phb/phb-links.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, refreshAccount, startPage } from "../../../lib/shell.ts";

type Headline = MyPhbApplicationsResponse["applications"][number];

function card(application: Headline): HTMLElement {
  return h(
    "li",
    { "data-reference": application.reference },
    h(
      "div",
      { class: "nhsuk-card nhsuk-card--clickable" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h(
          "h2",
          { class: "nhsuk-card__heading nhsuk-heading-s" },
          h(
            "a",
            { class: "nhsuk-card__link", href: applicationHref(application.id) },
            routeName(application.routeId),
          ),
        ),
        summaryList(
          [
            { key: "Reference", value: application.reference },
            { key: "For", value: application.forName ?? "You" },
            { key: "Where it is up to", value: stageLabels[application.stage] },
            { key: "Applied", value: formatDate(application.createdAt.slice(0, 10)) },
          ],
          { inCard: true },
        ),
      ),
    ),
  );
}

const signIn = () =>
  h("p", {}, h("a", { href: signInHref(currentPath()) }, "Sign in"), " to see your applications.");

startPage({
  run: async () => {
    const message = byId("applications-message");
    if (readSession(sessionStorage)?.role !== "patient") return render(message, signIn());
    const found = await api("/api/me/phb/applications", {
      auth: true,
      schema: MyPhbApplicationsResponse,
    });
    if (!found.ok) {
      if (found.status === 401) {
        refreshAccount();
        return render(message, signIn());
      }
      throw new Error(found.error.message);
    }
    const { applications } = found.data;
    render(
      byId("applications-list"),
      applications.length
        ? h("ul", { class: "app-result-list", id: "applications" }, ...applications.map(card))
        : h("p", {}, "You have not applied for a personal health budget."),
    );
    message.replaceChildren();
    byId("applications-content").hidden = false;
  },
});
