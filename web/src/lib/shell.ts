import { clearAdviceStorage } from "./advice/advice-words.ts";
import { cognitoSignOut } from "./cognito.ts";
import { preloadComponents, startComponents, startShellComponents } from "./components.ts";
import { loadConfig } from "./config.ts";
import { byId, h } from "./dom.ts";
import { holdSubmitsUntilReady } from "./held-submits.ts";
import { clearAllDrafts } from "./referral-draft.ts";
import { signInHref } from "./return-path.ts";
import { showLinksForRole } from "./role-links.ts";
import { clearSession, readSession, roleLabels } from "./session.ts";

export function currentPath(): string {
  return `${location.pathname}${location.search}`;
}

/** The header's account area: "Sign in", or who is signed in and "Sign out". */
export function refreshAccount(): void {
  const session = readSession(sessionStorage);
  byId("account-user").hidden = !session;
  byId("account-sign-out").hidden = !session;
  byId("account-sign-in").hidden = Boolean(session);
  showLinksForRole(session?.role);
  byId("account-name").textContent = session
    ? `${session.displayName} (${roleLabels[session.role]})`
    : "";
  byId<HTMLAnchorElement>("sign-in-link").href = signInHref(
    location.pathname.startsWith("/sign") ? "/" : currentPath(),
  );
}

async function signOut(): Promise<void> {
  // Half-told stories stay with their teller: the next person at this computer starts afresh.
  clearAllDrafts(sessionStorage);
  clearAdviceStorage(sessionStorage);
  const config = await loadConfig().catch(() => undefined);
  if (config?.auth.mode === "cognito") {
    cognitoSignOut(config.auth);
    return;
  }
  clearSession(sessionStorage);
  location.assign("/");
}

function showPageError(error: unknown): void {
  console.error(error);
  const main = byId("maincontent");
  main.prepend(
    h(
      "div",
      { class: "nhsuk-error-summary", role: "alert", id: "page-error" },
      h(
        "h2",
        { class: "nhsuk-error-summary__heading" },
        "Sorry, there is a problem with the service",
      ),
      h("div", { class: "nhsuk-error-summary__body" }, h("p", {}, "Try again later.")),
    ),
  );
}

export interface PageScript {
  /**
   * Runs before nhsuk-frontend's components start: fill form values here, so conditional
   * reveals (which sync once when they start) match the prefilled answers.
   */
  prepare?: () => Promise<void>;
  run?: () => Promise<void>;
}

/**
 * Every page's script starts here: the shared header, the nhsuk-frontend components, then the
 * page's own work. An unexpected failure shows a message instead of a half-drawn page.
 */
export function startPage(page: PageScript): void {
  const markReady = holdSubmitsUntilReady();
  refreshAccount();
  startShellComponents();
  preloadComponents();
  byId("sign-out").addEventListener("click", () => {
    void signOut();
  });
  void (async () => {
    try {
      await page.prepare?.();
    } catch (error) {
      showPageError(error);
    }
    await startComponents();
    try {
      await page.run?.();
    } catch (error) {
      showPageError(error);
    }
    markReady();
  })();
}
