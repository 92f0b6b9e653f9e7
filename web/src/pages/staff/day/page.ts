import type { PageDefinition } from "../../../layout/layout.ts";
import { dateInputMarkup } from "../../../lib/date-input.ts";

/**
 * The day list. The date form is a plain GET form (the day lands in the URL, so the back button
 * and a bookmark work); the date is typed into the NHS date input, not picked from a calendar.
 * Row actions are small forms the script draws; the reason and booking steps open in #day-step.
 */
export const staffDayPage: PageDefinition = {
  path: "/staff/day/",
  title: "Day list",
  script: "staff/day",
  description: "The day's appointment slots at your site: book, check in, block and cancel.",
  main: `
        <div id="day-errors"></div>
        <div id="day-banner"></div>
        <h1 id="day-heading"><span class="nhsuk-caption-l" id="day-site"></span><span id="day-title">Day list</span></h1>
        <div id="day-message"><p>Loading the day list…</p></div>
        <div id="day-content" hidden>
          <ul class="nhsuk-list app-day-nav" id="day-nav"></ul>
          <form id="date-form" novalidate>
            ${dateInputMarkup({ id: "date", legend: "Show another day" })}
            <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" data-module="nhsuk-button" type="submit">Show day</button>
          </form>
          <div id="day-step"></div>
          <div id="day-list"></div>
        </div>`,
};
