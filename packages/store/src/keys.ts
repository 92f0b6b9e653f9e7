/**
 * Key builders: the only place key strings are spelled. docs/data-model.md lists the access
 * patterns that use them.
 */
export const keys = {
  icb: (icbId: string) => ({ pk: `ICB#${icbId}`, sk: "ICB" }),
  site: (siteId: string) => ({ pk: `SITE#${siteId}`, sk: "SITE" }),
  siteInIcb: (icbId: string, siteId: string) => ({
    gsi1pk: `ICB#${icbId}`,
    gsi1sk: `SITE#${siteId}`,
  }),
  offer: (siteId: string, service: string) => ({ pk: `SITE#${siteId}`, sk: `OFFER#${service}` }),
  /** Offers are indexed by a 3-character geohash partition and a 6-character sort prefix. */
  offerNear: (service: string, geohash6: string, siteId: string) => ({
    gsi1pk: `OFFER#${service}#${geohash6.slice(0, 3)}`,
    gsi1sk: `${geohash6}#${siteId}`,
  }),
  patient: (patientId: string) => ({ pk: `PATIENT#${patientId}`, sk: "PATIENT" }),
  patientByNhsNumber: (nhsNumber: string) => ({ gsi1pk: `NHS#${nhsNumber}`, gsi1sk: "PATIENT" }),
} as const;
