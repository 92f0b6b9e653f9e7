import { isValidUkPostcode } from "@front-door/domain";
import * as z from "zod/mini";
import { ServiceCode, ServiceSummary } from "./services.ts";

export const weekdays = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export const Weekday = z.enum(weekdays);
export type Weekday = z.infer<typeof Weekday>;

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 08:00"));

export const OpeningHours = z.object({
  day: Weekday,
  opens: clockTime,
  closes: clockTime,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const siteKinds = ["neighbourhood-health-centre", "community-diagnostic-centre"] as const;
export const SiteKind = z.enum(siteKinds);
export type SiteKind = z.infer<typeof SiteKind>;

export const Postcode = z.string().check(
  z.trim(),
  z.minLength(1, "Enter a postcode"),
  z.maxLength(10, "Enter a real postcode, like LS1 4AP"),
  z.refine(isValidUkPostcode, {
    error: "Enter a real postcode, like LS1 4AP",
    when: (payload) => payload.issues.length === 0,
  }),
);

export const SitesQuery = z.object({
  postcode: Postcode,
  service: z.enum(ServiceCode.options, { error: "Select a service" }),
});
export type SitesQuery = z.infer<typeof SitesQuery>;

export const SiteResult = z.object({
  id: z.string(),
  name: z.string(),
  kind: SiteKind,
  address: z.object({ lines: z.array(z.string()), town: z.string(), postcode: z.string() }),
  phone: z.string(),
  icb: z.object({ id: z.string(), name: z.string() }),
  distance: z.object({ km: z.number(), miles: z.number() }),
  openingHours: z.array(OpeningHours),
  services: z.array(ServiceSummary),
});
export type SiteResult = z.infer<typeof SiteResult>;

export const SitesResponse = z.object({
  postcode: z.string(),
  service: ServiceSummary,
  /** How far the search reached, so "none found" can say "within N miles". */
  searchedWithinKm: z.number(),
  sites: z.array(SiteResult),
  /** Present when nothing was found: what the patient can do instead. */
  message: z.optional(z.string()),
});
export type SitesResponse = z.infer<typeof SitesResponse>;

export const ServicesResponse = z.object({ services: z.array(ServiceSummary) });
export type ServicesResponse = z.infer<typeof ServicesResponse>;
