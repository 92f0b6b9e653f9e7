import type { Role } from "@front-door/contracts";
import { escapeHtml, nhsLogo, userIcon } from "./html.ts";

export const serviceName = "Front Door";

/** A page as the build sees it: where it lives, what it is called, and its static main content. */
export interface PageDefinition {
  /** URL path ending in "/": the page is written to that folder's index.html. */
  path: string;
  /** The page's own title; the layout adds " – Front Door – NHS". */
  title: string;
  /** Static HTML for <main>, from our own constants only. */
  main: string;
  /** Entry point name under src/pages/, bundled to a module script. */
  script: string;
  /** What search results say about the page; the service's own description when absent. */
  description?: string;
}

const serviceDescription =
  "Book a same-day appointment, refer yourself to a local NHS service, and see your appointments and referrals.";

/** Files the build produced, with content hashes in their names. */
export interface BuiltAssets {
  stylesheets: string[];
  bodyClassScript: string;
  pageScripts: Record<string, string>;
}

const navigation: { href: string; text: string; forRole?: Role | readonly Role[] }[] = [
  { href: "/", text: "Home" },
  { href: "/find/", text: "Find a service" },
  { href: "/profile/", text: "Your details" },
  // Patients only, like the dashboard for analysts: other roles have no appointments of their own.
  { href: "/appointments/", text: "Your appointments", forRole: "patient" },
  { href: "/referrals/", text: "Your referrals", forRole: "patient" },
  { href: "/advice/", text: "Ask your GP practice", forRole: "patient" },
  {
    href: "/personal-health-budgets/applications/",
    text: "Personal health budgets",
    forRole: "patient",
  },
  // Hidden until lib/role-links.ts sees an analyst signed in; the API still decides access.
  { href: "/dashboard/", text: "Dashboard", forRole: "icb-analyst" },
  // Staff pages, likewise hidden until a receptionist or clinician is signed in.
  { href: "/staff/day/", text: "Day list", forRole: ["receptionist", "clinician"] },
  { href: "/staff/queue/", text: "Same-day queue", forRole: "receptionist" },
  { href: "/staff/sessions/", text: "Sessions", forRole: ["receptionist", "clinician"] },
  { href: "/staff/referrals/", text: "Referrals", forRole: ["receptionist", "clinician"] },
  { href: "/staff/advice/", text: "Online requests", forRole: ["receptionist", "clinician"] },
  // The ICB's personal health budgets team: their work queue.
  { href: "/phb/team/", text: "PHB work queue", forRole: "phb-team" },
];

/**
 * No inline script or style anywhere, so the policy can stay strict. connect-src allows the
 * Cognito hosted domains because the code-for-token exchange is a fetch from /signed-in/, and
 * S3 in the stack's region because documents are PUT straight to the bucket (presigned).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https://*.amazoncognito.com https://*.s3.eu-west-2.amazonaws.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function header(path: string): string {
  const items = navigation
    .map(({ href, text, forRole }) => {
      const current = href === path;
      const label = current
        ? `<strong class="nhsuk-header__navigation-item-current-fallback">${text}</strong>`
        : text;
      const forRoles = typeof forRole === "string" ? forRole : forRole?.join(" ");
      const roleOnly = forRoles ? ` data-for-role="${forRoles}" hidden` : "";
      return `<li class="nhsuk-header__navigation-item${current ? " nhsuk-header__navigation-item--current" : ""}"${roleOnly}>
          <a class="nhsuk-header__navigation-link" href="${href}"${current ? ' aria-current="page"' : ""}>${label}</a>
        </li>`;
    })
    .join("\n        ");
  // The account items are filled in by lib/shell.ts from the session: the HTML is static.
  return `<header class="nhsuk-header" data-module="nhsuk-header" role="banner">
  <div class="nhsuk-header__container nhsuk-width-container">
    <div class="nhsuk-header__service">
      <a class="nhsuk-header__service-logo" href="/" aria-label="NHS ${serviceName} homepage">
        ${nhsLogo}
        <span class="nhsuk-header__service-name">${serviceName}</span>
      </a>
    </div>
    <nav class="nhsuk-header__account" aria-label="Account">
      <ul class="nhsuk-header__account-list">
        <li class="nhsuk-header__account-item" id="account-user" hidden>
          ${userIcon}
          <span><span class="nhsuk-u-visually-hidden">Signed in as </span><span id="account-name"></span></span>
        </li>
        <li class="nhsuk-header__account-item" id="account-sign-in">
          <a class="nhsuk-header__account-link" id="sign-in-link" href="/sign-in/">Sign in</a>
        </li>
        <li class="nhsuk-header__account-item" id="account-sign-out" hidden>
          <button class="nhsuk-header__account-button" id="sign-out" type="button">Sign out</button>
        </li>
      </ul>
    </nav>
  </div>
  <nav class="nhsuk-header__navigation" aria-label="Menu">
    <div class="nhsuk-header__navigation-container nhsuk-width-container">
      <ul class="nhsuk-header__navigation-list">
        ${items}
        <li class="nhsuk-header__menu" hidden>
          <button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
            <span class="nhsuk-u-visually-hidden">Browse </span>More
          </button>
        </li>
      </ul>
    </div>
  </nav>
</header>`;
}

/** The footer's links, on every page: the pages the NHS service manual expects every service to have. */
export const footerLinks: readonly [href: string, text: string][] = [
  ["/find/", "Find a service near you"],
  ["/contact-us/", "Contact us"],
  ["/accessibility-statement/", "Accessibility statement"],
  ["/privacy/", "Privacy notice"],
  ["/cookies/", "Cookies"],
  ["/terms/", "Terms of use"],
];

const footer = `<footer class="nhsuk-footer" role="contentinfo">
  <div class="nhsuk-width-container">
    <div class="nhsuk-footer__meta">
      <h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <ul class="nhsuk-footer__list">
        ${footerLinks
          .map(
            ([href, text]) =>
              `<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="${href}">${text}</a></li>`,
          )
          .join("\n        ")}
      </ul>
      <p class="nhsuk-body-s">A demonstration service. In an emergency call 999. For urgent help, use NHS 111.</p>
    </div>
  </div>
</footer>`;

/** Composes one page from the shared layout. */
export function renderPage(page: PageDefinition, assets: BuiltAssets): string {
  const pageScript = assets.pageScripts[page.script];
  if (!pageScript) throw new Error(`No bundled script for page ${page.path} (${page.script})`);
  const styles = assets.stylesheets
    .map((href) => `<link rel="stylesheet" href="${href}">`)
    .join("\n    ");
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(page.title)} – ${serviceName} – NHS</title>
    <meta name="description" content="${escapeHtml(page.description ?? serviceDescription)}">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
    <meta name="theme-color" content="#005eb8">
    <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">
    <link rel="icon" href="/assets/images/favicon.svg" sizes="any" type="image/svg+xml">
    <link rel="mask-icon" href="/assets/images/nhsuk-icon-mask.svg" color="#005eb8">
    <link rel="apple-touch-icon" href="/assets/images/nhsuk-icon-180.png">
    <link rel="manifest" href="/assets/manifest.json">
    ${styles}
  </head>
  <body>
    <script src="${assets.bodyClassScript}"></script>
    <a class="nhsuk-skip-link" data-module="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
    ${header(page.path)}
    <div class="nhsuk-width-container">
      <main class="nhsuk-main-wrapper" id="maincontent">
${page.main}
      </main>
    </div>
    ${footer}
    <script type="module" src="${pageScript}"></script>
  </body>
</html>
`;
}
