import { MeResponse } from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { byId, h, render, summaryList } from "../../lib/dom.ts";
import { readSession } from "../../lib/session.ts";
import { refreshAccount, startPage } from "../../lib/shell.ts";
import { describeSignedIn } from "./who-is-signed-in.ts";

function signInPrompt(): HTMLElement {
  return h(
    "p",
    {},
    h("a", { href: "/sign-in/" }, "Sign in"),
    " to see your details and, if you work here, your site or integrated care board.",
  );
}

startPage({
  run: async () => {
    const target = byId("who-is-signed-in");
    if (!readSession(sessionStorage)) {
      render(target, signInPrompt());
      return;
    }
    const me = await api("/api/me", { auth: true, schema: MeResponse });
    if (!me.ok) {
      refreshAccount();
      render(
        target,
        me.status === 401
          ? signInPrompt()
          : h("p", {}, `We could not load your details. ${me.error.message}`),
      );
      return;
    }
    render(
      target,
      h(
        "div",
        { class: "nhsuk-card", id: "signed-in-card" },
        h(
          "div",
          { class: "nhsuk-card__content" },
          h("h2", { class: "nhsuk-card__heading nhsuk-heading-m" }, "You are signed in"),
          summaryList(describeSignedIn(me.data), { inCard: true }),
          me.data.role === "icb-analyst" &&
            h(
              "p",
              { class: "nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-0" },
              h("a", { href: "/dashboard/", id: "dashboard-link" }, "See demand and capacity"),
              me.data.icb ? ` for ${me.data.icb.name}` : "",
            ),
          (me.data.role === "receptionist" || me.data.role === "clinician") &&
            h(
              "p",
              { class: "nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-0" },
              h("a", { href: "/staff/day/", id: "day-list-link" }, "See today’s day list"),
              me.data.site ? ` for ${me.data.site.name}` : "",
            ),
          me.data.role === "phb-team" &&
            h(
              "p",
              { class: "nhsuk-u-margin-top-4 nhsuk-u-margin-bottom-0" },
              h(
                "a",
                { href: "/phb/team/", id: "phb-queue-link" },
                "See the personal health budgets work queue",
              ),
              me.data.icb ? ` for ${me.data.icb.name}` : "",
            ),
        ),
      ),
    );
  },
});
