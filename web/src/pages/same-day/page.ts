import type { PageDefinition } from "../../layout/layout.ts";

export const sameDayPage: PageDefinition = {
  path: "/same-day/",
  title: "Get a same-day appointment",
  script: "same-day",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Get a same-day appointment</h1>
            <div class="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id="emergency-first">
              <div class="nhsuk-card--care__heading-container">
                <h2 class="nhsuk-card--care__heading"><span class="nhsuk-u-visually-hidden">Immediate action required: </span>This is not for emergencies</h2>
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
              </div>
              <div class="nhsuk-card__content">
                <p>Call 999 or go to A&amp;E now if someone has a life-threatening illness or injury, such as chest pain, signs of a stroke or difficulty breathing.</p>
                <p>If you are not sure what to do, call 111 or go to <a href="https://111.nhs.uk/">111.nhs.uk</a>.</p>
                <p>Deaf people can use the <a href="https://999bsl.co.uk/">999 BSL video relay</a> or text relay on 18000. For 111, use text relay on 18001 111.</p>
              </div>
            </div>
            <p>Use this to ask for an appointment today with your GP practice or a nearby neighbourhood health centre, for something that cannot wait until another day.</p>
            <p>You will:</p>
            <ul>
              <li>answer some questions to check this is the right place for you</li>
              <li>choose a time today, in person, by phone or by video call</li>
              <li>get a booking reference you can show or print</li>
            </ul>
            <p>If there are no times left today, you can ask the practice to call you back or join the waiting list.</p>
            <p>It takes about 3 minutes. You need to sign in first.</p>
            <a class="nhsuk-button nhsuk-button--login" id="start-same-day" href="/same-day/triage/" role="button" draggable="false">Start now</a>
          </div>
        </div>`,
};
