import { type ServiceCode, serviceName } from "@front-door/contracts";
import type { CodeableConcept } from "@medplum/fhirtypes";
import { localCoding } from "../identifiers.ts";

export const snomedSystem = "http://snomed.info/sct";

/**
 * SNOMED CT codes for the services, from the UK "Services" simple reference set (the codes
 * UK Core's UKCore-CareSettingType value set draws on). A service with no concept there that
 * means the same (continence, weight management, stop smoking, falls prevention) has only
 * its local code.
 */
export const serviceSnomed: Partial<Record<ServiceCode, { code: string; display: string }>> = {
  "same-day-gp": { code: "788007007", display: "General practice service" },
  "gp-advice": { code: "788007007", display: "General practice service" },
  physiotherapy: { code: "722140001", display: "Physiotherapy service" },
  podiatry: { code: "310087009", display: "Podiatry service" },
  audiology: { code: "310004004", display: "Audiological service" },
  "talking-therapies": { code: "310124002", display: "Psychotherapy service" },
  "blood-test": { code: "310074003", display: "Pathology service" },
  "chest-x-ray": { code: "708175003", display: "Diagnostic imaging service" },
  ultrasound: { code: "310169008", display: "Ultrasonography service" },
  "ct-scan": { code: "310128004", display: "Computerised tomography service" },
  "mri-scan": { code: "310127009", display: "Magnetic resonance imaging service" },
  spirometry: { code: "893521000000108", display: "Respiratory physiology service" },
};

/** This deployment's own code system for services: the codes in URLs, keys and counts. */
export const serviceCodeSystem = localCoding("service", "x").system;

/** A service as a FHIR type: SNOMED CT first where a concept exists, the local code always. */
export function serviceTypeOf(service: ServiceCode): CodeableConcept {
  const snomed = serviceSnomed[service];
  return {
    coding: [
      ...(snomed ? [{ system: snomedSystem, ...snomed }] : []),
      localCoding("service", service, serviceName(service)),
    ],
    text: serviceName(service),
  };
}

/**
 * Whether a service-type search token (`code`, `system|code` or `|code`) names this service,
 * by its SNOMED CT code or its local code.
 */
export function serviceMatchesToken(
  service: ServiceCode,
  token: { system?: string | undefined; code: string },
): boolean {
  return (serviceTypeOf(service).coding ?? []).some(
    (c) => c.code === token.code && (token.system === undefined || token.system === c.system),
  );
}
