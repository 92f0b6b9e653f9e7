import type { PageDefinition } from "../../../layout/layout.ts";

/** Cognito's managed login sends people back here with an authorization code. */
export const signedInPage: PageDefinition = {
  path: "/signed-in/",
  title: "Signing you in",
  script: "account/signed-in",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1 id="signed-in-heading">Signing you in</h1>
            <div id="signed-in-content" aria-live="polite"><p>Please wait…</p></div>
          </div>
        </div>`,
};
