import type { Role } from "@front-door/contracts";

/** Whether an element marked data-for-role="a b" (space-separated roles) is for `role`. */
export function isForRole(forRoles: string, role: Role | undefined): boolean {
  return role !== undefined && forRoles.split(" ").includes(role);
}

/**
 * Shows links marked data-for-role (the header's "Dashboard" for ICB analysts, the staff pages
 * for receptionists and clinicians) only to the roles listed there, so nobody is offered a page
 * that would turn them away. Access is still the API's call.
 */
export function showLinksForRole(role: Role | undefined, root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-for-role]")) {
    element.hidden = !isForRole(element.dataset.forRole ?? "", role);
  }
}
