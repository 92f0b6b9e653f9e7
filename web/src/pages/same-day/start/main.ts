import { byId } from "../../../lib/dom.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

startPage({
  run: async () => {
    // Signed out: "Start now" goes through sign-in and comes back to the questions.
    if (!readSession(sessionStorage)) {
      byId<HTMLAnchorElement>("start-same-day").href = signInHref("/same-day/triage/");
    }
  },
});
