import { emergencyFirst } from "../../../layout/emergency-first.ts";
import type { PageDefinition } from "../../../layout/layout.ts";

export const selfReferralPage: PageDefinition = {
  path: "/self-referral/",
  title: "Refer yourself to a service",
  script: "referrals/start",
  description:
    "Refer yourself to a local NHS service, such as physiotherapy or talking therapies, without seeing a GP first.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="services-errors"></div>
            <h1>Refer yourself to a service</h1>
            ${emergencyFirst}
            <p>Some NHS services near you take referrals straight from you, without seeing a GP first.</p>
            <p>You will answer some questions about the problem. The service looks at your answers and tells you what happens next. If anything you tell us means you need help sooner, we will say so straight away.</p>
            <div id="services-message" aria-live="polite"><p>Loading the services…</p></div>
            <div id="services-content" hidden>
              <form id="near-form" action="/self-referral/" method="get" novalidate>
                <div class="nhsuk-form-group">
                  <label class="nhsuk-label" for="postcode">Show services near a postcode</label>
                  <div class="nhsuk-hint" id="postcode-hint">For example, LS12 3AB. Leave it blank to see services near your GP practice.</div>
                  <input class="nhsuk-input nhsuk-input--width-10" id="postcode" name="postcode" type="text" autocomplete="postal-code" spellcheck="false" aria-describedby="postcode-hint">
                </div>
                <button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">Show services</button>
              </form>
              <p id="services-near" class="nhsuk-body-s"></p>
              <div id="services-lists">
              <h2>Services you can refer yourself to</h2>
              <div id="services-open"></div>
              <h2>Services not open to you</h2>
              <p>These services cannot take a referral from you. Each one says where to go instead.</p>
              <div id="services-closed"></div>
              </div>
              <p>You can see referrals you have made in <a href="/referrals/">Your referrals</a>.</p>
            </div>
          </div>
        </div>`,
};
