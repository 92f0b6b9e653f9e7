import type { Role } from "@front-door/contracts";

/**
 * Shows links marked data-for-role (the header's "Dashboard" for ICB analysts) only to that
 * role, so nobody is offered a page that would turn them away. Access is still the API's call.
 */
export function showLinksForRole(role: Role | undefined, root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-for-role]")) {
    element.hidden = element.dataset.forRole !== role;
  }
}
