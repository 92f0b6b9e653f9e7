import type { PageDefinition } from "../../../layout/layout.ts";

export const adviceSentPage: PageDefinition = {
  path: "/advice/sent/",
  title: "Request sent",
  script: "advice/sent",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="sent-message" aria-live="polite"><p>Loading…</p></div>
            <div id="sent-content" hidden></div>
          </div>
        </div>`,
};
