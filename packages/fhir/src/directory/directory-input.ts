import type { OpeningHours, ServiceCode, SiteKind } from "@front-door/contracts";

/** An ICB as the directory maps it (the store's Icb record). */
export interface DirectoryIcb {
  id: string;
  name: string;
  odsCode: string;
}

/** A site as the directory maps it (the store's Site record). */
export interface DirectorySite {
  id: string;
  name: string;
  odsCode?: string | undefined;
  kind: SiteKind;
  icbId: string;
  address: { lines: string[]; town: string; postcode: string };
  location: { lat: number; lng: number };
  phone: string;
  openingHours: OpeningHours[];
  services: ServiceCode[];
}

/** UK Core profiles: each exists in UK Core STU3 (R4), https://fhir.hl7.org.uk/StructureDefinition/. */
export const ukCoreProfiles = {
  Organization: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
  Location: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Location",
  HealthcareService: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService",
  Schedule: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Schedule",
  Slot: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot",
  Questionnaire: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Questionnaire",
} as const;

export const profiled = (type: keyof typeof ukCoreProfiles) => ({
  meta: { profile: [ukCoreProfiles[type]] },
});

const fhirDays = {
  monday: "mon",
  tuesday: "tue",
  wednesday: "wed",
  thursday: "thu",
  friday: "fri",
  saturday: "sat",
  sunday: "sun",
} as const;

/** A site's opening hours as FHIR availableTime / hoursOfOperation entries, one per day. */
export function openingTimesOf(site: DirectorySite) {
  return site.openingHours.map((h) => ({
    daysOfWeek: [fhirDays[h.day]],
    openingTime: `${h.opens}:00`,
    closingTime: `${h.closes}:00`,
  }));
}

export const siteTelecom = (site: DirectorySite) => [
  { system: "phone" as const, value: site.phone, use: "work" as const },
];

export const siteAddress = (site: DirectorySite) => ({
  use: "work" as const,
  type: "physical" as const,
  line: site.address.lines,
  city: site.address.town,
  postalCode: site.address.postcode,
  country: "GB",
});

/**
 * HealthcareService and Schedule ids: `<siteId>.<service>`. Site ids and service codes are
 * slugs (letters, digits, "-"), so the first "." splits them again.
 */
export const siteServiceId = (siteId: string, service: string) => `${siteId}.${service}`;

export function siteServiceOfId(id: string): { siteId: string; service: string } | undefined {
  const dot = id.indexOf(".");
  if (dot <= 0 || dot === id.length - 1) return undefined;
  return { siteId: id.slice(0, dot), service: id.slice(dot + 1) };
}
