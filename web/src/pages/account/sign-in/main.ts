import {
  DevTokenResponse,
  type DevUser,
  DevUsersResponse,
  type Role,
  roles,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { startCognitoSignIn } from "../../../lib/cognito.ts";
import { loadConfig } from "../../../lib/config.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { landingPath, safeReturnPath } from "../../../lib/return-path.ts";
import { readSession, saveSession, sessionFromDevToken } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

const groupHeadings: Record<Role, string> = {
  patient: "Patients",
  receptionist: "Receptionists",
  clinician: "Clinicians",
  "icb-analyst": "ICB analysts",
  "phb-team": "Personal health budget teams",
};

function returnPath(): string {
  return safeReturnPath(new URLSearchParams(location.search).get("return"), location.origin);
}

function showProblem(message: string): void {
  render(
    byId("sign-in-errors"),
    h(
      "div",
      { class: "nhsuk-error-summary", id: "sign-in-problem", tabindex: "-1" },
      h(
        "div",
        { role: "alert" },
        h("h2", { class: "nhsuk-error-summary__heading" }, "There is a problem"),
        h("div", { class: "nhsuk-error-summary__body" }, h("p", {}, message)),
      ),
    ),
  );
  byId("sign-in-problem").focus();
}

async function signInAs(user: DevUser, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const result = await api("/api/dev/token", {
    method: "POST",
    body: { userId: user.id },
    schema: DevTokenResponse,
  });
  if (!result.ok) {
    button.disabled = false;
    showProblem(`We could not sign you in as ${user.displayName}. ${result.error.message}`);
    return;
  }
  const session = sessionFromDevToken(result.data);
  saveSession(sessionStorage, session);
  location.assign(landingPath(returnPath(), session.role));
}

function userCard(user: DevUser): HTMLElement {
  const button = h(
    "button",
    {
      class: "nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0",
      type: "button",
      "data-user-id": user.id,
    },
    "Sign in as ",
    user.displayName,
  );
  button.addEventListener("click", () => {
    void signInAs(user, button);
  });
  return h(
    "li",
    {},
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, user.displayName),
        h("p", { class: "nhsuk-card__description nhsuk-u-margin-bottom-3" }, user.description),
        button,
      ),
    ),
  );
}

async function showDemoUsers(): Promise<void> {
  const content = byId("sign-in-content");
  const result = await api("/api/dev/users", { schema: DevUsersResponse });
  if (!result.ok) {
    render(content, h("p", {}, `We could not load the demo users. ${result.error.message}`));
    return;
  }
  const current = readSession(sessionStorage);
  render(
    content,
    h(
      "div",
      { class: "nhsuk-inset-text" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h(
        "p",
        {},
        "This is a demonstration. Choose who to sign in as. Nobody here is a real person.",
      ),
    ),
    h(
      "p",
      {},
      h(
        "a",
        { href: "/dev/inbox/", id: "dev-inbox-link" },
        "See the messages sent to demo patients",
      ),
    ),
    current &&
      h(
        "p",
        { id: "currently-signed-in" },
        `You are signed in as ${current.displayName}. Choosing someone else signs you in as them instead.`,
      ),
    ...roles.flatMap((role) => {
      const users = result.data.users.filter((user) => user.role === role);
      if (!users.length) return [];
      return [
        h("h2", { id: `group-${role}` }, groupHeadings[role]),
        h(
          "ul",
          { class: "nhsuk-list app-result-list", "aria-labelledby": `group-${role}` },
          ...users.map(userCard),
        ),
      ];
    }),
  );
}

startPage({
  run: async () => {
    const config = await loadConfig();
    if (config.auth.mode === "cognito") {
      render(byId("sign-in-content"), h("p", {}, "Taking you to the NHS sign-in page…"));
      await startCognitoSignIn(config.auth, returnPath());
      return;
    }
    await showDemoUsers();
  },
});
