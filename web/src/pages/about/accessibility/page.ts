import type { PageDefinition } from "../../../layout/layout.ts";
import { deployerNote } from "../deployer-note.ts";

/**
 * The accessibility statement the Public Sector Bodies (Websites and Mobile Applications)
 * (No. 2) Accessibility Regulations 2018 ask for, in the shape of the GOV.UK model statement.
 * What is known not to meet WCAG is listed plainly; the ICB that runs the service fills in its
 * own contact details.
 */
export const accessibilityPage: PageDefinition = {
  path: "/accessibility-statement/",
  title: "Accessibility statement",
  script: "about/accessibility",
  description:
    "How accessible Front Door is, what does not yet meet WCAG 2.2 AA, how to report a problem and what to do if you are not happy with our response.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Accessibility statement for Front Door</h1>
            <p>This statement applies to the Front Door website: booking a same-day appointment, referring yourself to a service, applying for a personal health budget, asking your GP practice for advice, and the pages staff use to run them.</p>
            ${deployerNote("This website is run by your integrated care board (ICB). The ICB running this copy of the service must put its name and contact details on this page.")}
            <p>We want as many people as possible to be able to use this website. For example, that means you should be able to:</p>
            <ul>
              <li>change colours, contrast levels and fonts using your browser or device settings</li>
              <li>zoom in up to 400% without the text spilling off the screen</li>
              <li>use every page on a screen 320 pixels wide without scrolling sideways</li>
              <li>get from the start to the end of each journey using just a keyboard, with the focus always visible</li>
              <li>get from the start to the end of each journey using speech recognition software</li>
              <li>listen to the website using a screen reader</li>
            </ul>
            <p>We have also made the text as simple as we can.</p>

            <h2>How accessible this website is</h2>
            <p>We know some parts of this website are not fully accessible:</p>
            <ul>
              <li>your sign-in lapses after an hour and there is no warning before it does, so you cannot ask for more time (what you have typed in a journey is kept, and you carry on after signing in again)</li>
              <li>documents that patients upload, such as PDFs, are passed to staff as they were sent and may not be accessible</li>
              <li>the demand chart on the staff dashboard shows its figures as a picture; the same figures are in the tables below it</li>
              <li>the spreadsheets (CSV files) on the dashboard have no headings other than their first row</li>
            </ul>

            <h2>Feedback and contact information</h2>
            <p>If you need information on this website in a different format, like large print, easy read, audio recording or braille, or you need a British Sign Language (BSL) interpreter, contact your GP practice or the ICB that runs this service (see <a href="/contact-us/">contact us</a>).</p>
            <p>If you tell us what you need in <a href="/profile/">your details</a> (an interpreter, BSL, easy read or large print), staff see it when they deal with your appointment or request.</p>
            <p>We will consider your request and get back to you within 10 working days.</p>

            <h2>Reporting accessibility problems with this website</h2>
            <p>We are always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact the ICB that runs this service using the details on the <a href="/contact-us/">contact us</a> page. Tell us the address of the page, what you were trying to do, and the device and any assistive technology you were using.</p>

            <h2>Enforcement procedure</h2>
            <p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the "accessibility regulations").</p>
            <p>If you are not happy with how we respond to your complaint, <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service (EASS)</a>.</p>

            <h2>Technical information about this website's accessibility</h2>
            <p>The ICB running this service is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.</p>
            <h3>Compliance status</h3>
            <p>This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, due to the non-compliances listed below.</p>

            <h2>Non-accessible content</h2>
            <p>The content listed below is non-accessible for the following reasons.</p>
            <h3>Non-compliance with the accessibility regulations</h3>
            <p>Your sign-in lapses after an hour without a warning or a way to extend it. This fails WCAG 2.2 success criterion 2.2.1 (timing adjustable). We plan to warn you before it lapses and let you extend it. Until then, what you have typed is kept in your browser tab so nothing is lost when you sign in again.</p>
            <h3>Content that is not within the scope of the accessibility regulations</h3>
            <p>Documents that patients upload are their own and are shown to staff as they were sent. The sign-in pages are provided by the identity service the ICB uses; that service is responsible for their accessibility.</p>

            <h2>What we are doing to improve accessibility</h2>
            <p>Every page is checked automatically with axe in a real browser, at 320 pixels and 1280 pixels wide, each time the service changes, and each journey is tested using only a keyboard. We have not yet tested the service with disabled people using their own assistive technology: we will do that before it is used by the public, and update this statement with what we find.</p>

            <h2>Preparation of this statement</h2>
            <p>This statement was prepared on 3 December 2026. It was last reviewed on 3 December 2026.</p>
            <p>This website was last tested on 3 December 2026 by the team that builds it, against WCAG 2.2 AA, using automated checks (axe and Lighthouse) on every page and keyboard-only testing of every journey.</p>
          </div>
        </div>`,
};
