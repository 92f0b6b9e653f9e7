import type { PageDefinition } from "../../../layout/layout.ts";

export const adviceRequestPage: PageDefinition = {
  path: "/advice/request/",
  title: "Your request to your GP practice",
  script: "advice/request",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" href="/advice/requests/">Your requests</a>
            <div id="thread-errors"></div>
            <div id="thread-message" aria-live="polite"><p>Loading your request…</p></div>
            <div id="thread-flagged"></div>
            <div id="thread-content" hidden></div>
            <div id="reply-area" hidden></div>
          </div>
        </div>`,
};
