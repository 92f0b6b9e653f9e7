import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * One self-referral for the receiving service: who, what they answered, what staff can do now
 * (drawn from the caller's role and the referral's stage) and its audit trail.
 */
export const staffReferralPage: PageDefinition = {
  path: "/staff/referrals/view/",
  title: "Referral",
  script: "referrals/staff-view",
  main: `
        <a class="nhsuk-back-link" href="/staff/referrals/">Back to referrals</a>
        <div id="referral-errors"></div>
        <div id="referral-banner"></div>
        <h1 id="referral-heading"><span class="nhsuk-caption-l" id="referral-site"></span><span id="referral-title">Referral</span></h1>
        <div id="referral-message"><p>Loading the referral…</p></div>
        <div id="referral-content" hidden>
          <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
              <div id="referral-summary"></div>
              <h2 id="answers-heading">What the patient answered</h2>
              <div id="referral-answers"></div>
              <div id="referral-actions"></div>
              <h2 id="timeline-heading">Timeline</h2>
              <div id="referral-timeline"></div>
            </div>
          </div>
        </div>`,
};
