import type { PageDefinition } from "../../../layout/layout.ts";

export const adviceRequestsPage: PageDefinition = {
  path: "/advice/requests/",
  title: "Your requests to your GP practice",
  script: "advice/requests",
  description: "See the requests you have sent to your GP practice and their replies.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Your requests to your GP practice</h1>
            <div id="requests-message" aria-live="polite"><p>Loading your requests…</p></div>
            <div id="requests-content" hidden></div>
            <p><a href="/advice/">Ask your GP practice something new</a></p>
          </div>
        </div>`,
};
