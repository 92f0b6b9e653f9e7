import type { PageDefinition } from "../../../layout/layout.ts";

/**
 * What the site really stores in the browser, item by item (each key is in web/src/lib: session,
 * cognito, referral-draft, advice, same-day). No cookies and no analytics, so there is nothing
 * to accept or reject; if that changes, this page and a consent banner change with it.
 */
const stored: readonly { name: string; purpose: string; kept: string }[] = [
  {
    name: "front-door.session",
    purpose: "Keeps you signed in: your name, your role and the sign-in token",
    kept: "Until you sign out, close the tab, or after an hour",
  },
  {
    name: "front-door.pkce",
    purpose: "Checks that the answer from the sign-in service is for the sign-in you started",
    kept: "A few seconds, while you sign in",
  },
  {
    name: "front-door.same-day-hold.(slot)",
    purpose: "Remembers the appointment time you chose while you confirm it",
    kept: "Until you close the tab",
  },
  {
    name: "front-door.self-referral-draft.(service)",
    purpose: "Keeps your answers to an unfinished self-referral, so a reload does not lose them",
    kept: "Until you send the referral, sign out or close the tab",
  },
  {
    name: "front-door.advice-draft",
    purpose: "Keeps an unfinished request to your GP practice, so a reload does not lose it",
    kept: "Until you send the request, sign out or close the tab",
  },
  {
    name: "front-door.advice-sent.(request)",
    purpose: "Shows the confirmation of a request you have just sent",
    kept: "Until you sign out or close the tab",
  },
];

const rows = stored
  .map(
    (item) => `
                <tr class="nhsuk-table__row" role="row">
                  <td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Name </span><code class="app-storage-name">${item.name}</code></td>
                  <td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Purpose </span>${item.purpose}</td>
                  <td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">How long </span>${item.kept}</td>
                </tr>`,
  )
  .join("");

export const cookiesPage: PageDefinition = {
  path: "/cookies/",
  title: "Cookies",
  script: "about/cookies",
  description:
    "Front Door sets no cookies and uses no analytics. What it keeps in your browser tab while you use it, and for how long.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Cookies</h1>
            <p class="nhsuk-lede-text">This website does not set any cookies. It does not use analytics or advertising, and nothing tracks you from one website to another.</p>
            <p>To work, it keeps a few things in your browser tab (in "session storage"). They stay on your device, are not sent to other websites, and are deleted when you close the tab. Signing out deletes them too.</p>
          </div>
        </div>
        <table class="nhsuk-table nhsuk-table--responsive" role="table" id="stored-items">
          <caption class="nhsuk-table__caption">What this website keeps in your browser tab</caption>
          <thead class="nhsuk-table__head" role="rowgroup">
            <tr class="nhsuk-table__row" role="row">
              <th class="nhsuk-table__header" scope="col" role="columnheader">Name</th>
              <th class="nhsuk-table__header" scope="col" role="columnheader">Purpose</th>
              <th class="nhsuk-table__header" scope="col" role="columnheader">How long</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">${rows}
          </tbody>
        </table>
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h2>The sign-in service</h2>
            <p>When you sign in, you go to the sign-in service your ICB uses. It may set its own cookies, which it needs to sign you in safely. Those are its cookies, on its own web address, not ours.</p>
            <h2>If this changes</h2>
            <p>If we ever want to use cookies that are not needed for the service to work, such as analytics, we will ask you first and you can say no.</p>
            <p>Read our <a href="/privacy/">privacy notice</a> to find out how we use your information.</p>
          </div>
        </div>`,
};
