import { phbStages } from "@front-door/domain";
import { escapeHtml } from "../../../layout/html.ts";
import type { PageDefinition } from "../../../layout/layout.ts";
import { phbStageTags } from "../../../lib/phb-team/labels.ts";

const stageOptions = [
  `<option value="">All open stages</option>`,
  ...phbStages
    .filter((stage) => !["in-place", "not-eligible", "withdrawn", "ended"].includes(stage))
    .map((stage) => `<option value="${stage}">${escapeHtml(phbStageTags[stage].text)}</option>`),
].join("\n                  ");

/**
 * The PHB team's landing page: their ICB's open applications, overdue first then by due date,
 * or the budgets in place whose review is due. The filter is a plain GET form, so a view is in
 * the URL and the back button works; the route list is filled from the ICB's own offer.
 */
export const phbTeamQueuePage: PageDefinition = {
  path: "/phb/team/",
  title: "Personal health budgets: work queue",
  script: "phb/team-queue",
  main: `
        <div id="queue-errors"></div>
        <div id="queue-banner"></div>
        <h1 id="queue-heading"><span class="nhsuk-caption-l" id="queue-icb"></span><span id="queue-title">Personal health budgets</span></h1>
        <div id="queue-message"><p>Loading the applications…</p></div>
        <div id="queue-content" hidden>
          <nav aria-label="Work queue views">
            <ul class="nhsuk-list" id="queue-views">
              <li><a href="/phb/team/" id="work-view-link">Applications to work on</a></li>
              <li><a href="/phb/team/?view=reviews" id="reviews-view-link">Reviews due and overdue</a></li>
            </ul>
          </nav>
          <form id="queue-form" action="/phb/team/" method="get" novalidate>
            <input type="hidden" name="view" id="view" value="work">
            <div class="nhsuk-grid-row">
              <div class="nhsuk-grid-column-one-third" id="stage-group">
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="stage">Stage</label>
                  <select class="nhsuk-select" id="stage" name="stage">
                  ${stageOptions}
                  </select>
                </div>
              </div>
              <div class="nhsuk-grid-column-one-third">
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="route">Route</label>
                  <select class="nhsuk-select" id="route" name="route">
                    <option value="">All routes</option>
                  </select>
                </div>
              </div>
              <div class="nhsuk-grid-column-one-third">
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="assignee">Who has it</label>
                  <select class="nhsuk-select" id="assignee" name="assignee">
                    <option value="all">Anyone or nobody</option>
                    <option value="me">Assigned to me</option>
                    <option value="unassigned">Nobody yet</option>
                  </select>
                </div>
              </div>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">Show applications</button>
          </form>
          <div id="queue-list"></div>
        </div>`,
};
