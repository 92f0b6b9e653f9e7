import type { PageDefinition } from "../../../layout/layout.ts";
import { deployerNote } from "../deployer-note.ts";

/** Where to go for what: medical help first, then the practice, then the ICB that runs the site. */
export const contactPage: PageDefinition = {
  path: "/contact-us/",
  title: "Contact us",
  script: "about/contact",
  description:
    "Who to contact about your appointment, referral or request, about this website, or to make a complaint.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Contact us</h1>
            <div class="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id="contact-emergency">
              <div class="nhsuk-card--care__heading-container">
                <h2 class="nhsuk-card--care__heading"><span class="nhsuk-u-visually-hidden">Immediate action required: </span>If you need medical help</h2>
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
              </div>
              <div class="nhsuk-card__content">
                <p>Do not use this page to ask for medical help. Call 999 in an emergency. For urgent help, go to <a href="https://111.nhs.uk/">111.nhs.uk</a> or call 111.</p>
                <p class="nhsuk-u-margin-bottom-0">If you are deaf, you can use the <a href="https://www.relayuk.bt.com/">Relay UK</a> service, or <a href="https://signvideo.co.uk/999bsl/">999 BSL</a> for an emergency.</p>
              </div>
            </div>

            <h2>About your appointment, referral or request</h2>
            <p>Contact your GP practice, or the service you referred yourself to. Their phone number is on your confirmation and in <a href="/find/">find a service</a>.</p>
            <p>You can see and change appointments in your appointments, and see referrals and requests in your account, once you have signed in.</p>

            <h2>About this website</h2>
            <p>If something on this website does not work, or you need information in another format, contact the integrated care board (ICB) that runs it.</p>
            ${deployerNote("Put the ICB's phone number, email address, opening hours and postal address here.")}
            <p>Tell us the address of the page and what you were trying to do. Do not send medical details by email.</p>

            <h2>Complaints</h2>
            <p>You can complain to the GP practice or service about the care you received, or to the ICB about this website. If you are not happy with the answer, you can contact the <a href="https://www.ombudsman.org.uk/">Parliamentary and Health Service Ombudsman</a>.</p>
            <p>Read more in our <a href="/accessibility-statement/">accessibility statement</a> and <a href="/privacy/">privacy notice</a>.</p>
          </div>
        </div>`,
};
