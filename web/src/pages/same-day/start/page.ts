import { emergencyFirst } from "../../../layout/emergency-first.ts";
import type { PageDefinition } from "../../../layout/layout.ts";

export const sameDayPage: PageDefinition = {
  path: "/same-day/",
  title: "Get a same-day appointment",
  script: "same-day/start",
  description:
    "Ask for a GP appointment today, in person, by phone or by video call, at your practice or a nearby neighbourhood health centre.",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <h1>Get a same-day appointment</h1>
            ${emergencyFirst}
            <p>Use this to ask for an appointment today with your GP practice or a nearby neighbourhood health centre, for something that cannot wait until another day.</p>
            <p>You will:</p>
            <ul>
              <li>answer some questions to check this is the right place for you</li>
              <li>choose a time today, in person, by phone or by video call</li>
              <li>get a booking reference you can show or print</li>
            </ul>
            <p>If there are no times left today, you can ask the practice to call you back or join the waiting list.</p>
            <p>It takes about 3 minutes. You need to sign in first.</p>
            <div id="already-booked-slot" aria-live="polite"></div>
            <a class="nhsuk-button" data-module="nhsuk-button" id="start-same-day" href="/same-day/triage/" role="button" draggable="false">Start now</a>
          </div>
        </div>`,
};
