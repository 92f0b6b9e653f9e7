import type { Role } from "@front-door/contracts";

/**
 * Demo sign-ins. Locally the dev identity issuer mints tokens for these; in AWS the same
 * people would be Cognito users with the same group and custom attributes. NHS numbers are
 * from the 999 test range, which is never issued to a real person.
 */
export interface DemoUser {
  id: string;
  role: Role;
  displayName: string;
  /** One line for the dev sign-in page: who this is and what they can see. */
  description: string;
  scope:
    | { patientId: string; nhsNumber: string }
    | { siteId: string }
    | { icbId: string }
    /** The limit is whole pence a year as a string, as Cognito's custom attribute holds it. */
    | { icbId: string; approvalLimitPence: string };
}

export const demoUsers: readonly DemoUser[] = [
  {
    id: "user-patient-amira",
    role: "patient",
    displayName: "Amira Hussain",
    description: "Patient registered at Chapeltown, Leeds. Needs an Urdu interpreter.",
    scope: { patientId: "patient-amira", nhsNumber: "9990000018" },
  },
  {
    id: "user-patient-tom",
    role: "patient",
    displayName: "Tom Whitaker",
    description: "Patient registered at Armley, Leeds. Uses British Sign Language.",
    scope: { patientId: "patient-tom", nhsNumber: "9990001383" },
  },
  {
    id: "user-patient-edith",
    role: "patient",
    displayName: "Edith Clarke",
    description: "Patient registered at Clifton, York. Her daughter is her carer.",
    scope: { patientId: "patient-edith", nhsNumber: "9990002754" },
  },
  {
    id: "user-reception-armley",
    role: "receptionist",
    displayName: "Priya Shah",
    description: "Receptionist at Armley Neighbourhood Health Centre (West Yorkshire).",
    scope: { siteId: "site-armley" },
  },
  {
    id: "user-reception-york",
    role: "receptionist",
    displayName: "Gareth Mills",
    description:
      "Receptionist at Clifton Neighbourhood Health Centre (Humber and North Yorkshire).",
    scope: { siteId: "site-york-clifton" },
  },
  {
    id: "user-clinician-chapeltown",
    role: "clinician",
    displayName: "Dr Ngozi Okafor",
    description: "GP at Chapeltown Neighbourhood Health Centre (West Yorkshire).",
    scope: { siteId: "site-chapeltown" },
  },
  {
    id: "user-clinician-armley",
    role: "clinician",
    displayName: "Kwame Mensah",
    description:
      "Physiotherapist at Armley Neighbourhood Health Centre (West Yorkshire): triages and books its self-referrals.",
    scope: { siteId: "site-armley" },
  },
  {
    id: "user-analyst-wy",
    role: "icb-analyst",
    displayName: "Helen Brooks",
    description: "Analyst at West Yorkshire ICB: sees that ICB's aggregates only.",
    scope: { icbId: "icb-west-yorkshire" },
  },
  {
    id: "user-analyst-hny",
    role: "icb-analyst",
    displayName: "Sam Osei",
    description: "Analyst at Humber and North Yorkshire ICB: sees that ICB's aggregates only.",
    scope: { icbId: "icb-humber-north-yorkshire" },
  },
  // PHB teams. A case manager signs off up to £100,000 a year, which covers most packages of
  // care at home; a decision-maker (head of continuing care) up to £500,000, which covers
  // complex 24-hour care. Anything larger would go to the ICB's funding panel.
  {
    id: "user-phb-case-manager-wy",
    role: "phb-team",
    displayName: "Jo Bell",
    description:
      "PHB case manager at West Yorkshire ICB: that ICB's applications; signs off plans up to £100,000 a year.",
    scope: { icbId: "icb-west-yorkshire", approvalLimitPence: "10000000" },
  },
  {
    id: "user-phb-decision-maker-wy",
    role: "phb-team",
    displayName: "Rachel Adeyemi",
    description:
      "Head of continuing care at West Yorkshire ICB: signs off PHB plans up to £500,000 a year.",
    scope: { icbId: "icb-west-yorkshire", approvalLimitPence: "50000000" },
  },
  {
    id: "user-phb-case-manager-hny",
    role: "phb-team",
    displayName: "Liam Porter",
    description:
      "PHB case manager at Humber and North Yorkshire ICB: that ICB's applications; signs off plans up to £100,000 a year.",
    scope: { icbId: "icb-humber-north-yorkshire", approvalLimitPence: "10000000" },
  },
  {
    id: "user-phb-decision-maker-hny",
    role: "phb-team",
    displayName: "Fatima Begum",
    description:
      "Head of continuing care at Humber and North Yorkshire ICB: signs off PHB plans up to £500,000 a year.",
    scope: { icbId: "icb-humber-north-yorkshire", approvalLimitPence: "50000000" },
  },
];
