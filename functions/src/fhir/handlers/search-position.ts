import { createHash, timingSafeEqual } from "node:crypto";
import { InvalidInput } from "@front-door/domain";

/**
 * Paging positions as the next link carries them: `<position>.<check>`, both base64url. The
 * check binds the position to the caller, the type and the search (its parameters and page
 * size), so a next link is refused (400, expression `_page`) when another caller, another
 * search or an edited position presents it. It is a hash, not a secret: what makes paging safe
 * is that every page is authorised afresh (a type leaves out what the caller may not see), so
 * a forged position could only move within the caller's own results.
 */
export function searchBinding(
  userId: string,
  type: string,
  params: ReadonlyMap<string, readonly string[]>,
  count: number,
): string {
  const sorted = [...params].map(([name, values]) => [name, [...values].sort()]).sort();
  return JSON.stringify([userId, type, sorted, count]);
}

const check = (binding: string, position: string) =>
  createHash("sha256")
    .update(binding)
    .update("\n")
    .update(position)
    .digest("base64url")
    .slice(0, 32);

export function sealPosition(position: string, binding: string): string {
  const encoded = Buffer.from(position, "utf8").toString("base64url");
  return `${encoded}.${check(binding, encoded)}`;
}

export function openPosition(sealed: string, binding: string): string {
  const [encoded = "", given = ""] = sealed.split(".");
  const expected = check(binding, encoded);
  if (
    given.length !== expected.length ||
    !timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  ) {
    throw new InvalidInput("This page position is not one this search gave you", [
      {
        path: "_page",
        message:
          "_page is not a position this search gave you: follow the Bundle's next link as given",
        code: "invalid",
      },
    ]);
  }
  return Buffer.from(encoded, "base64url").toString("utf8");
}
