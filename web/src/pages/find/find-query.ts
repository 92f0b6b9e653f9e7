import { type ServiceSummary, serviceCategories } from "@front-door/contracts";

export interface FindQuery {
  postcode: string;
  service: string;
}

/** The search in the URL, or undefined on a first visit (nothing asked yet). */
export function readFindQuery(search: string): FindQuery | undefined {
  const params = new URLSearchParams(search);
  const postcode = params.get("postcode");
  const service = params.get("service");
  if (postcode === null && service === null) return undefined;
  return { postcode: (postcode ?? "").trim(), service: (service ?? "").trim() };
}

export function sitesApiPath(query: FindQuery): string {
  return `/api/sites?${new URLSearchParams({ postcode: query.postcode, service: query.service })}`;
}

/** The form has two fields; any other path the API names is about the postcode search. */
export function findFieldId(path: string): "postcode" | "service" {
  return path === "service" ? "service" : "postcode";
}

export function resultsHeading(count: number, postcode: string): string {
  return `${count === 1 ? "1 place" : `${count} places`} near ${postcode}`;
}

export const categoryLabels: Record<(typeof serviceCategories)[number], string> = {
  "same-day": "Same-day appointments",
  advice: "Advice from your GP practice",
  "self-referral": "Refer yourself",
  diagnostic: "Tests and scans",
};

/** Services grouped for the select's optgroups, in catalogue order within each group. */
export function groupServices(
  services: readonly ServiceSummary[],
): { label: string; services: ServiceSummary[] }[] {
  return serviceCategories
    .map((category) => ({
      label: categoryLabels[category],
      services: services.filter((s) => s.category === category),
    }))
    .filter((group) => group.services.length > 0);
}
