import type { PageDefinition } from "../../../layout/layout.ts";

export const adviceAskPage: PageDefinition = {
  path: "/advice/ask/",
  title: "Ask your GP practice",
  script: "advice/ask",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="ask-errors"></div>
            <div id="ask-message" aria-live="polite"><p>Loading…</p></div>
            <div id="ask-step"></div>
            <div id="ask-outcome" hidden></div>
          </div>
        </div>`,
};
