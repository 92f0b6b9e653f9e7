import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * Triage in three steps, one question each, as NHS 111 online asks it: who the appointment is
 * for, "do you have any of these?" (the emergency signs, with "None of these"), then the
 * problem. The steps share one page and one request to the API, so the contract is unchanged.
 */
export const sameDayTriagePage: PageDefinition = {
  path: "/same-day/triage/",
  title: "Who is the appointment for?",
  script: "same-day/triage",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" id="triage-back" href="/same-day/" hidden>Back</a>
            <div id="triage-errors"></div>
            <div id="triage-advice" hidden></div>
            <div id="triage-content">
              <div id="triage-message"><h1>Questions about your symptoms</h1><p>Loading the questions…</p></div>
              <form id="triage-form" novalidate hidden>
                <div id="triage-steps"></div>
                <button class="nhsuk-button" id="triage-submit" type="submit">Continue</button>
              </form>
            </div>
          </div>
        </div>`,
};
