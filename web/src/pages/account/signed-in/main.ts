import { completeCognitoSignIn } from "../../../lib/cognito.ts";
import { loadConfig } from "../../../lib/config.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { refreshAccount, startPage } from "../../../lib/shell.ts";

function showFailure(reason: string): void {
  const heading = byId("signed-in-heading");
  heading.textContent = "Sign in did not work";
  document.title = document.title.replace("Signing you in", "Sign in did not work");
  render(
    byId("signed-in-content"),
    h("p", {}, reason),
    h("p", {}, h("a", { href: "/sign-in/" }, "Try signing in again")),
  );
  focusElement(heading);
}

startPage({
  run: async () => {
    const config = await loadConfig();
    if (config.auth.mode !== "cognito") {
      showFailure("This service signs people in on the sign-in page.");
      return;
    }
    const outcome = await completeCognitoSignIn(config.auth);
    if (outcome.kind === "failed") {
      showFailure(outcome.reason);
      return;
    }
    refreshAccount();
    // replace, not assign: the back button should not return to a used authorization code.
    location.replace(outcome.returnPath);
  },
});
