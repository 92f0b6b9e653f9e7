import type { Role } from "@front-door/contracts";

/** Pages that must never be returned to after signing in: they would loop. */
const signInPaths = ["/sign-in/", "/signed-in/"];

/**
 * The path to go back to after signing in. Only a same-origin path is accepted: anything else
 * (another host, "//evil.example", "javascript:") would make the sign-in page an open redirect.
 */
export function safeReturnPath(raw: string | null | undefined, origin: string): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  if (signInPaths.some((path) => url.pathname.startsWith(path))) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where the person was. */
export function signInHref(returnPath: string): string {
  return returnPath === "/" ? "/sign-in/" : `/sign-in/?return=${encodeURIComponent(returnPath)}`;
}

/** Where each role's work is: the page they open first thing in the morning. */
const workPaths: Record<Role, string> = {
  patient: "/",
  receptionist: "/staff/day/",
  clinician: "/staff/queue/",
  "icb-analyst": "/dashboard/",
  "phb-team": "/phb/team/",
};

/**
 * Where to go once signed in. A page the person was on wins; otherwise staff and analysts land
 * on their work rather than the patient home page.
 */
export function landingPath(returnPath: string, role: Role): string {
  return returnPath === "/" ? workPaths[role] : returnPath;
}
