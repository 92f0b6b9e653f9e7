import type { PageDefinition } from "../../../layout/layout.ts";

export const phbStartPage: PageDefinition = {
  path: "/personal-health-budgets/",
  title: "Personal health budgets",
  script: "phb/start",
  description:
    "What a personal health budget is, who can have one, how the money can be held and how to apply.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Personal health budgets</h1>
            <p class="nhsuk-lede-text">A personal health budget is an amount of NHS money to meet some or all of your health and care needs, spent in the way you agree with the NHS in a care and support plan.</p>
            <p>It gives you more choice and control over the care you get: for example, employing carers you know, or arranging care around your life rather than the other way round.</p>
            <div id="offer-message" aria-live="polite"><p>Loading what your ICB offers…</p></div>
            <div id="offer-content" hidden>
              <p id="offer-icb"></p>
              <h2>Who can have one</h2>
              <p>You have a <strong>legal right</strong> to a personal health budget if you are in one of these groups:</p>
              <ul id="offer-rights"></ul>
              <div id="offer-local"></div>
              <h2>Ways to hold the money</h2>
              <p>The ICB must offer all of these. You can say which you would like when you apply, or that you are not sure yet.</p>
              <dl class="nhsuk-summary-list" id="offer-ways"></dl>
              <h2>What it cannot be spent on</h2>
              <ul id="offer-cannot-buy"></ul>
              <h2>What happens after you apply</h2>
              <ol id="offer-steps"></ol>
              <p>The ICB may ask you for more information on the way. You can see where your application is up to, who is dealing with it and by when, at any time.</p>
              <h2>Before you start</h2>
              <p>It takes about 10 minutes. You can stop and come back: what you have told us is saved. Your contact details and communication needs come from <a href="/profile/">your details</a>, so check them first.</p>
              <p>You can apply for yourself or for someone you care for. If you are applying for someone else, you will need their NHS number and date of birth.</p>
              <div id="offer-start"></div>
              <p id="offer-contact"></p>
            </div>
          </div>
        </div>`,
};
