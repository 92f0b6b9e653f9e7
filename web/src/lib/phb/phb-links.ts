/** Where the patient's PHB pages live. */
export const applicationsHref = "/personal-health-budgets/applications/";
export const applicationHref = (id: string) =>
  `/personal-health-budgets/application/?id=${encodeURIComponent(id)}`;
