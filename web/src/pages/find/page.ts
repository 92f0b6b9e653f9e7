import type { PageDefinition } from "../../layout/layout.ts";

/**
 * A plain GET form: the query lands in the URL, so results are linkable and the back button
 * returns to the previous search with no history code of our own.
 */
export const findPage: PageDefinition = {
  path: "/find/",
  title: "Find a service near you",
  script: "find",
  description:
    "Find GP practices, neighbourhood health centres and other NHS services near a postcode, with what each one offers.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="find-errors"></div>
            <h1>Find a service near you</h1>
            <p>Find neighbourhood health centres and community diagnostic centres near you, nearest first, with their opening times.</p>
            <form id="find-form" action="/find/" method="get" novalidate>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="postcode">Postcode</label>
                <div class="nhsuk-hint" id="postcode-hint">For example, LS1 4AP</div>
                <input class="nhsuk-input nhsuk-input--width-10" id="postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck="false" aria-describedby="postcode-hint">
              </div>
              <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="service">Service</label>
                <select class="nhsuk-select" id="service" name="service">
                  <option value="">Choose a service</option>
                </select>
              </div>
              <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Search</button>
            </form>
            <div id="find-results"></div>
          </div>
        </div>`,
};
