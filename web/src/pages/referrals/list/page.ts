import type { PageDefinition } from "../../../layout/layout.ts";

export const referralsPage: PageDefinition = {
  path: "/referrals/",
  title: "Your referrals",
  script: "referrals/list",
  description: "See the referrals you have made and what happens next with each one.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Your referrals</h1>
            <p>Referrals you have made to services yourself, and where each one is up to.</p>
            <div id="referrals-message"><p>Loading your referrals…</p></div>
            <div id="referrals-content" hidden>
              <h2>Open</h2>
              <div id="referrals-open"></div>
              <h2>Closed</h2>
              <div id="referrals-closed"></div>
              <p><a href="/self-referral/">Refer yourself to a service</a></p>
            </div>
          </div>
        </div>`,
};
