import { type Child, h, render } from "../dom.ts";
import { informationInset, signedInAs } from "../inset.ts";
import { signInHref } from "../return-path.ts";
import { readSession } from "../session.ts";
import { currentPath } from "../shell.ts";
import type { TagLabel } from "../staff-labels.ts";

/** Pieces every practice advice page draws the same way. */

export function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

export function tag(label: TagLabel): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${label.colour}` }, label.text);
}

/** Shown to someone signed in who is not practice staff: the API refused them (403). */
export function showNotStaff(container: HTMLElement): void {
  render(
    container,
    informationInset(
      "not-staff",
      ["Only receptionists and clinicians at a practice can see its online requests."],
      [
        signedInAs(readSession(sessionStorage)),
        h("a", { href: signInHref(currentPath()) }, "Sign in as staff"),
        " to see them.",
      ],
    ),
  );
}

/** A cell of a responsive NHS table: at small widths it is a row of heading and value. */
export function cell(heading: string, ...content: Child[]): HTMLElement {
  return h(
    "td",
    { class: "nhsuk-table__cell", role: "cell" },
    h("span", { class: "nhsuk-table__heading", "aria-hidden": "true" }, `${heading} `),
    h("div", {}, ...content),
  );
}

export const requestHref = (id: string) => `/staff/advice/request/?id=${encodeURIComponent(id)}`;
