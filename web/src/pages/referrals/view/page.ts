import type { PageDefinition } from "../../../layout/layout.ts";

export const referralViewPage: PageDefinition = {
  path: "/referrals/view/",
  title: "Your referral",
  script: "referrals/view",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <div id="referral-errors"></div>
            <div id="referral-done"></div>
            <div id="referral-content">
              <a class="nhsuk-back-link" href="/referrals/">Your referrals</a>
              <h1 id="referral-heading">Your referral</h1>
              <div id="referral-message"><p>Loading your referral…</p></div>
              <div id="referral-detail" hidden></div>
            </div>
            <div id="withdraw-view" hidden>
              <h1 id="withdraw-heading">Are you sure you want to withdraw this referral?</h1>
              <div id="withdraw-summary"></div>
              <div id="withdraw-appointment"></div>
              <p>The service will not act on it any more. You can refer yourself again if you need to.</p>
              <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--warning" id="confirm-withdraw" type="button">Yes, withdraw this referral</button>
                <button class="nhsuk-button nhsuk-button--secondary" id="keep-referral" type="button">No, keep it</button>
              </div>
            </div>
            <div id="cancel-appointment-view" hidden>
              <h1 id="cancel-appointment-title">Are you sure you want to cancel this appointment?</h1>
              <div id="cancel-appointment-summary"></div>
              <p>The time will be free for someone else. Your referral stays open, so you can choose another time.</p>
              <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--warning" id="confirm-cancel-appointment" type="button">Yes, cancel this appointment</button>
                <button class="nhsuk-button nhsuk-button--secondary" id="keep-appointment" type="button">No, keep it</button>
              </div>
            </div>
          </div>
        </div>`,
};
