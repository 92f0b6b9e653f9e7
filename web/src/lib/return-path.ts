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
