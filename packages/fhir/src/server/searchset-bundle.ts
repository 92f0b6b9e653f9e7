import type { Bundle, Resource } from "@medplum/fhirtypes";

/**
 * One page of a search as a FHIR R4 `searchset` Bundle: `self` (the search as asked) and, when
 * there is more, `next` (absolute paths: the site that answered serves them); each entry a
 * match, with its `fullUrl` (`<base>/<type>/<id>`).
 */
export function searchsetBundle(page: {
  /** Where resources are read: `https://host/api/fhir` or `/api/fhir`. */
  base: string;
  self: string;
  next?: string | undefined;
  total?: number | undefined;
  resources: readonly (Resource & { id?: string | undefined })[];
}): Bundle {
  return {
    resourceType: "Bundle",
    type: "searchset",
    ...(page.total !== undefined ? { total: page.total } : {}),
    link: [
      { relation: "self", url: page.self },
      ...(page.next ? [{ relation: "next", url: page.next }] : []),
    ],
    ...(page.resources.length > 0
      ? {
          entry: page.resources.map((resource) => ({
            fullUrl: `${page.base}/${resource.resourceType}/${resource.id}`,
            resource,
            search: { mode: "match" as const },
          })),
        }
      : {}),
  };
}
