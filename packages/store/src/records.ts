import type { OpeningHours, PatientRecord, ServiceCode, SiteKind } from "@front-door/contracts";

/** What the store keeps; the API shapes in @front-door/contracts are built from these. */
export interface Icb {
  id: string;
  name: string;
  /** ODS code of the real ICB the demo borrows its name from. */
  odsCode: string;
}

export interface Site {
  id: string;
  name: string;
  /**
   * ODS code of the organisation running the site (its practice or centre). The demo's are
   * made up, shaped like GP practice codes; a site stored before they were added has none.
   */
  odsCode?: string;
  kind: SiteKind;
  icbId: string;
  address: { lines: string[]; town: string; postcode: string };
  location: { lat: number; lng: number };
  phone: string;
  openingHours: OpeningHours[];
  services: ServiceCode[];
}

export type Patient = PatientRecord;
