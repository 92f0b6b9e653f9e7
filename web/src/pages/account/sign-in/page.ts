import type { PageDefinition } from "../../../layout/layout.ts";

export const signInPage: PageDefinition = {
  path: "/sign-in/",
  title: "Sign in",
  script: "account/sign-in",
  description:
    "Sign in to Front Door to book appointments, refer yourself to a service and see your requests.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="sign-in-errors"></div>
            <h1>Sign in</h1>
            <div id="sign-in-content" aria-live="polite">
              <p>Loading sign-in options…</p>
            </div>
          </div>
        </div>`,
};
