import { chevronIcon } from "../../layout/html.ts";
import type { PageDefinition } from "../../layout/layout.ts";

const availableNow = [
  {
    href: "/same-day/",
    title: "Get a same-day appointment",
    description:
      "Ask for an appointment today for something that cannot wait, without phoning at 8am.",
  },
  {
    href: "/self-referral/",
    title: "Refer yourself to a service",
    description:
      "Refer yourself for physiotherapy, foot care, hearing tests, or tests and scans at a community diagnostic centre, without seeing a GP first.",
  },
  {
    href: "/advice/",
    title: "Ask your GP practice",
    description:
      "Send your GP practice a question or an admin request online, any time, and get a reply in a message thread.",
  },
  {
    href: "/personal-health-budgets/",
    title: "Personal health budgets",
    description:
      "Apply for NHS money to spend on the care and support you need, for yourself or someone you care for, and follow your application.",
  },
  {
    href: "/find/",
    title: "Find a service near you",
    description:
      "Search by postcode for neighbourhood health centres and community diagnostic centres, with opening times.",
  },
  {
    href: "/profile/",
    title: "Your details",
    description:
      "Tell us once how to contact you, what help you need to communicate, and who your carer is.",
  },
]
  .map(
    ({ href, title, description }) => `
          <li class="nhsuk-grid-column-one-half nhsuk-card-group__item">
            <div class="nhsuk-card nhsuk-card--clickable nhsuk-card--primary">
              <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s"><a class="nhsuk-card__link" href="${href}">${title}</a></h3>
                <p class="nhsuk-card__description">${description}</p>
                ${chevronIcon}
              </div>
            </div>
          </li>`,
  )
  .join("");

export const homePage: PageDefinition = {
  path: "/",
  title: "Get help from your local NHS",
  script: "home",
  main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-full">
            <h1>Get help from your local NHS</h1>
            <p class="nhsuk-lede-text">Tell us about yourself once. The teams who help you here can all see it, so you do not have to repeat your story.</p>
            <div id="who-is-signed-in" aria-live="polite"></div>
          </div>
        </div>
        <h2>Available now</h2>
        <ul class="nhsuk-grid-row nhsuk-card-group">${availableNow}
        </ul>
        <div class="nhsuk-inset-text">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <p>If you need medical help now, go to <a href="https://111.nhs.uk/">111.nhs.uk</a> or call 111. In an emergency, call 999.</p>
        </div>`,
};
