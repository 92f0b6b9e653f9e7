import * as z from "zod/mini";

/**
 * The services a site can offer. Codes are stable identifiers used in URLs, keys and counts;
 * names are what patients read.
 */
export const serviceCatalogue = [
  {
    code: "same-day-gp",
    name: "Same-day GP appointment",
    category: "same-day",
    description: "See a GP, nurse or other clinician today for something that cannot wait.",
  },
  {
    code: "gp-advice",
    name: "Ask your GP practice for advice",
    category: "advice",
    description: "Send your practice a question or request and get a reply within 2 working days.",
  },
  {
    code: "physiotherapy",
    name: "Physiotherapy (muscles, bones and joints)",
    category: "self-referral",
    description: "Refer yourself for back, neck, joint or muscle problems.",
  },
  {
    code: "podiatry",
    name: "Podiatry (foot care)",
    category: "self-referral",
    description: "Refer yourself for foot problems, including diabetic foot care.",
  },
  {
    code: "audiology",
    name: "Hearing tests and hearing aids (audiology)",
    category: "self-referral",
    description: "Refer yourself if you are 55 or over and your hearing has got worse over time.",
  },
  {
    code: "continence",
    name: "Bladder and bowel (continence) service",
    category: "self-referral",
    description: "Refer yourself for help with bladder or bowel control.",
  },
  {
    code: "talking-therapies",
    name: "NHS Talking Therapies (anxiety, depression and stress)",
    category: "self-referral",
    description: "Refer yourself for talking therapy if you are 18 or over.",
  },
  {
    code: "weight-management",
    name: "Weight management programme",
    category: "self-referral",
    description: "Refer yourself for help to lose weight if you are 18 or over.",
  },
  {
    code: "stop-smoking",
    name: "Stop smoking service",
    category: "self-referral",
    description: "Free support and medicines to help you stop smoking or vaping.",
  },
  {
    code: "falls-prevention",
    name: "Falls prevention",
    category: "self-referral",
    description: "Refer yourself if you are 65 or over and have fallen or feel unsteady.",
  },
  {
    code: "blood-test",
    name: "Blood tests",
    category: "diagnostic",
    description: "Blood tests your GP or hospital team has asked for.",
  },
  {
    code: "chest-x-ray",
    name: "Chest X-ray",
    category: "diagnostic",
    description: "Book a chest X-ray if you have a cough that has lasted 3 weeks or more.",
  },
  {
    code: "ultrasound",
    name: "Ultrasound scan",
    category: "diagnostic",
    description: "Ultrasound scans requested by a clinician.",
  },
  {
    code: "ct-scan",
    name: "CT scan",
    category: "diagnostic",
    description: "CT scans requested by a clinician.",
  },
  {
    code: "mri-scan",
    name: "MRI scan",
    category: "diagnostic",
    description: "MRI scans requested by a clinician.",
  },
  {
    code: "spirometry",
    name: "Breathing tests (spirometry)",
    category: "diagnostic",
    description: "Breathing tests for asthma, COPD and other lung conditions.",
  },
] as const;

export const serviceCodes = serviceCatalogue.map((s) => s.code) as unknown as readonly [
  (typeof serviceCatalogue)[number]["code"],
  ...(typeof serviceCatalogue)[number]["code"][],
];
export const ServiceCode = z.enum(serviceCodes);
export type ServiceCode = z.infer<typeof ServiceCode>;

export const serviceCategories = ["same-day", "advice", "self-referral", "diagnostic"] as const;

export const ServiceSummary = z.object({
  code: ServiceCode,
  name: z.string(),
  category: z.enum(serviceCategories),
  description: z.string(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export function serviceName(code: ServiceCode): string {
  return serviceCatalogue.find((s) => s.code === code)?.name ?? code;
}
