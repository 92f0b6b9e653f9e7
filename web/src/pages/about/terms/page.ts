import type { PageDefinition } from "../../../layout/layout.ts";
import { deployerNote } from "../deployer-note.ts";

/** The terms in plain words: what the service is for, and what it is not (an emergency service). */
export const termsPage: PageDefinition = {
  path: "/terms/",
  title: "Terms of use",
  script: "about/terms",
  description:
    "The terms for using Front Door: what it is for, what it is not for, and your part in keeping your account safe.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Terms of use</h1>
            <p class="nhsuk-lede-text">By using Front Door you agree to these terms. Read them with our <a href="/privacy/">privacy notice</a>.</p>
            ${deployerNote("Put the ICB's name here as the organisation that provides the service.")}

            <h2>What the service is for</h2>
            <p>Front Door lets you book a same-day appointment, refer yourself to a local NHS service, apply for a personal health budget and ask your GP practice for advice. It is provided by the integrated care board (ICB) for your area.</p>

            <h2>What it is not for</h2>
            <p>It is not an emergency service and nobody watches it all the time. In an emergency call 999. For urgent help, use <a href="https://111.nhs.uk/">NHS 111 online</a> or call 111.</p>
            <p>Staff answer requests in working hours. The service tells you when you can expect a reply.</p>

            <h2>Using it for yourself or someone else</h2>
            <p>Use the service for yourself, or for someone who has agreed that you can act for them or whom you care for. Give information that is true and as complete as you can.</p>

            <h2>Keeping your account safe</h2>
            <p>Do not share your sign-in. If you use a shared computer, sign out when you finish; closing the browser tab also removes what the service kept in it.</p>

            <h2>Appointments</h2>
            <p>If you cannot go to an appointment, cancel it in your appointments so someone else can have it.</p>

            <h2>Changes to the service</h2>
            <p>We may change or pause the service, for example to fix a problem. We will tell you on this website if the terms change.</p>

            <h2>Law</h2>
            <p>These terms are governed by the law of England and Wales.</p>

            <p>If you have a question about these terms, <a href="/contact-us/">contact us</a>.</p>
            <p class="nhsuk-body-s">Last updated: 3 December 2026.</p>
          </div>
        </div>`,
};
