import { PhbApplicationView } from "@front-door/contracts";
import { eligibilityDecisionDays } from "@front-door/domain";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { formatDate } from "../../../lib/format.ts";
import { applicationHref } from "../../../lib/phb/phb-links.ts";
import { startPage } from "../../../lib/shell.ts";

startPage({
  run: async () => {
    const id = new URLSearchParams(location.search).get("id") ?? "";
    const found = /^[A-Za-z0-9-]{1,64}$/.test(id)
      ? await api(`/api/me/phb/applications/${encodeURIComponent(id)}`, {
          auth: true,
          schema: PhbApplicationView,
        })
      : undefined;
    if (!found?.ok) {
      render(
        byId("sent-message"),
        h(
          "p",
          {},
          "We could not find that application. ",
          h("a", { href: "/personal-health-budgets/applications/" }, "See your applications"),
          ".",
        ),
      );
      return;
    }
    const view = found.data;
    byId("sent-reference").textContent = view.reference;
    const due = view.tracker.dueBy;
    render(
      byId("sent-next"),
      h(
        "ol",
        { class: "nhsuk-list nhsuk-list--number" },
        h(
          "li",
          {},
          `${view.tracker.dealtWithBy} decides whether ${view.forSomeoneElse ? `${view.forSomeoneElse.name} is` : "you are"} eligible${due ? ` by ${formatDate(due)}` : ""}. That should take no more than ${eligibilityDecisionDays} days.`,
        ),
        h(
          "li",
          {},
          "If they need to know more, they will ask you here and by message. Answering quickly keeps things moving.",
        ),
        h(
          "li",
          {},
          "If the budget is agreed in principle, they assess the needs with you, tell you the indicative budget, and write the care and support plan with you.",
        ),
      ),
      h(
        "p",
        {},
        h(
          "a",
          { href: applicationHref(view.id), id: "track-application" },
          "Follow your application",
        ),
        " to see where it is up to, who is dealing with it and by when.",
      ),
    );
    byId("sent-message").replaceChildren();
    byId("sent-content").hidden = false;
  },
});
