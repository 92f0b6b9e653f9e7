import type { Role } from "@front-door/contracts";
import { type Child, h } from "./dom.ts";
import { roleLabels } from "./session.ts";

/** An NHS inset text, announced as information, with one paragraph per list of children. */
export function informationInset(id: string, ...paragraphs: Child[][]): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-inset-text", id },
    h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
    ...paragraphs.map((children) => h("p", {}, ...children)),
  );
}

/** "You are signed in as Priya Shah, receptionist. ", or nothing when nobody is signed in. */
export function signedInAs(who: { displayName: string; role: Role } | undefined): string {
  return who
    ? `You are signed in as ${who.displayName}, ${roleLabels[who.role].toLowerCase()}. `
    : "";
}
