import type { PageDefinition } from "../../../layout/layout.ts";
import { deployerNote } from "../deployer-note.ts";

/**
 * What a front door processes and why, in the order the ICO's guidance on the right to be
 * informed (UK GDPR Articles 13 and 14) lists it. The controller is the ICB that deploys the
 * service: this page cannot know which, and says so.
 */
export const privacyPage: PageDefinition = {
  path: "/privacy/",
  title: "Privacy notice",
  script: "about/privacy",
  description:
    "What information Front Door keeps about you, why, the law that allows it, who can see it, how long it is kept and your rights.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Privacy notice</h1>
            <p class="nhsuk-lede-text">This explains what information Front Door keeps about you when you use it, why, who can see it and what your rights are.</p>

            <h2>Who is responsible for your information</h2>
            <p>The controller of your information is the integrated care board (ICB) that runs this copy of Front Door for your area. Your GP practice and the services you are referred to are also responsible for the information they hold in their own records.</p>
            ${deployerNote("Put the ICB's name, address, ICO registration number and the contact details of its data protection officer here. Until this is done, this page does not name the controller.")}

            <h2>What information we keep</h2>
            <ul>
              <li>your NHS number, name and date of birth, from your NHS login or from your GP practice's records</li>
              <li>your contact details (mobile phone number, email address) and how you want to be contacted</li>
              <li>your communication needs, such as an interpreter, British Sign Language, easy read or large print, and details of a carer or advocate if you give them</li>
              <li>health information you write yourself: answers to questions about your symptoms, what you describe in a referral or a request for advice, and the outcomes you want from a personal health budget</li>
              <li>documents you upload, such as a care plan or a letter</li>
              <li>your appointments, referrals, requests and applications, and what staff record about them (for example, a triage decision or a reason for cancelling)</li>
              <li>messages we send you by text or email, and whether they were delivered (we do not keep a copy of your phone number or email address with the delivery record)</li>
            </ul>
            <p>Staff who use the service are recorded by name and role against what they do.</p>

            <h2>Why we use it</h2>
            <p>We use your information to arrange the care you ask for: to book and change appointments, to pass your referral or request to the right service, to decide on a personal health budget application, and to tell you what happens next.</p>
            <p>If something you write suggests you need urgent help, the service tells you where to get it straight away and marks your request as urgent for staff.</p>
            <p>The ICB also counts how many requests, bookings and referrals there are, to plan services. These counts do not identify anyone.</p>

            <h2>The law that allows us to use it</h2>
            <p>Under the UK General Data Protection Regulation (UK GDPR), we use your information because:</p>
            <ul>
              <li>it is needed to carry out a task in the public interest or in the exercise of official authority: the NHS's duty to provide health services (Article 6(1)(e))</li>
              <li>for health information, it is needed for the provision of health or social care, or the management of health or social care systems and services (Article 9(2)(h)), by or under the responsibility of health professionals bound by a duty of confidentiality</li>
            </ul>
            <p>We do not rely on your consent to use your information for your care. We do ask your permission before we contact you by text or email, and you can change that in <a href="/profile/">your details</a> at any time.</p>

            <h2>Who can see it</h2>
            <ul>
              <li>staff at your GP practice or health centre, for appointments and requests made there</li>
              <li>the service you refer yourself to, for that referral</li>
              <li>the ICB's personal health budgets team, for an application</li>
              <li>ICB analysts, who see counts only, never names or what anyone wrote</li>
            </ul>
            <p>Each member of staff sees only what their role and place of work need. Your information is stored in the UK, in Amazon Web Services' London region, under contract to the ICB. We do not sell your information or use it for marketing.</p>

            <h2>How long we keep it</h2>
            <p>Information about your care is kept for as long as the Records Management Code of Practice for Health and Social Care says health records must be kept. The ICB running the service sets the periods and removes records when they end.</p>
            <p>A document you upload but do not send is deleted after a day. What you type in an unfinished referral or request is kept only in your browser tab and goes when you close it or sign out. A personal health budget application you have started but not sent is kept so you can come back to it; you can ask for it to be deleted.</p>

            <h2>Your rights</h2>
            <p>You have the right to:</p>
            <ul>
              <li>be told how your information is used (this notice)</li>
              <li>ask for a copy of the information we hold about you</li>
              <li>ask us to correct information that is wrong</li>
              <li>object to how we use your information, and ask us to restrict it</li>
              <li>ask us to delete information, although we may need to keep health records where the law requires it</li>
            </ul>
            <p>To use any of these rights, contact the ICB's data protection officer (see <a href="/contact-us/">contact us</a>). We will reply within one month.</p>
            <p>You can choose whether your confidential patient information is used for research and planning. Find out more about the <a href="https://www.nhs.uk/your-nhs-data-matters/">national data opt-out</a>.</p>

            <h2>Complaints</h2>
            <p>If you are unhappy with how your information has been used, contact the ICB's data protection officer first. You can also complain to the Information Commissioner's Office (ICO): <a href="https://ico.org.uk/make-a-complaint/">make a complaint to the ICO</a>, or call 0303 123 1113.</p>

            <h2>Cookies and your browser</h2>
            <p>Read about what this website stores in your browser in our <a href="/cookies/">cookies</a> page.</p>

            <p class="nhsuk-body-s">Last updated: 3 December 2026.</p>
          </div>
        </div>`,
};
