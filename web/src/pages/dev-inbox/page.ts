import type { PageDefinition } from "../../layout/layout.ts";

/**
 * Local only: the runner's GET /api/dev/inbox is never deployed, so in AWS this page has nothing
 * to show. No sign-in, like the dev sign-in page: every demo person is made up.
 */
export const devInboxPage: PageDefinition = {
  path: "/dev/inbox/",
  title: "Messages sent (local only)",
  script: "dev-inbox",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Messages sent (local only)</h1>
            <p>In AWS these messages are delivered to each demo patient by text or email; here they are only shown, newest first.</p>
            <div id="inbox-content" aria-live="polite">
              <p>Loading messages…</p>
            </div>
          </div>
        </div>`,
};
