import { emergencyFirst } from "../../../layout/emergency-first.ts";
import type { PageDefinition } from "../../../layout/layout.ts";

export const adviceStartPage: PageDefinition = {
  path: "/advice/",
  title: "Ask your GP practice",
  script: "advice/start",
  description:
    "Send your GP practice a question or request online and get a reply in a message thread.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1 id="advice-start-heading">Ask your GP practice</h1>
            ${emergencyFirst}
            <div id="advice-start-message" aria-live="polite"><p>Loading your practice…</p></div>
            <div id="advice-open" hidden>
              <p>Use this to ask your GP practice about a health problem, a question about your medicine, or something like a fit note, test results or a letter. You can ask for yourself or for someone you care for.</p>
              <h2 class="nhsuk-heading-m">What happens next</h2>
              <p id="advice-promise"></p>
              <p>Your practice may reply with advice, ask you a question, or offer you an appointment. Their replies appear in <a href="/advice/requests/">your requests</a>, and we tell you by text or email when there is a new one, if you have said we may.</p>
              <p>It takes about 5 minutes. You can add up to 3 photos or documents.</p>
              <div id="advice-after-hours"></div>
              <a class="nhsuk-button" id="advice-start-button" href="/advice/ask/" role="button" draggable="false" data-module="nhsuk-button">Start now</a>
            </div>
            <div id="advice-closed" hidden></div>
            <div id="advice-sign-in" hidden>
              <p>Sign in to ask your GP practice for advice, help with your medicine, or admin such as a fit note or a letter.</p>
              <a class="nhsuk-button" id="advice-sign-in-button" href="/sign-in/" role="button" draggable="false" data-module="nhsuk-button">Sign in to continue</a>
            </div>
            <p id="advice-your-requests" hidden>You can see requests you have sent in <a href="/advice/requests/">your requests</a>.</p>
          </div>
        </div>`,
};
