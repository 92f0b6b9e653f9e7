import type { SelfReferralService } from "../self-referral-service.ts";
import { chapeltownAudiology } from "./audiology.ts";
import { wakefieldChestXRay } from "./cdc-chest-x-ray.ts";
import { armleyFallsPrevention } from "./falls-prevention.ts";
import { armleyPhysiotherapy, yorkPhysiotherapy } from "./msk-physiotherapy.ts";
import { yorkPodiatry } from "./podiatry.ts";
import { yorkStopSmoking } from "./stop-smoking.ts";
import { chapeltownTalkingTherapies } from "./talking-therapies.ts";
import { halifaxWeightManagement } from "./weight-management.ts";

export * from "./audiology.ts";
export * from "./cdc-chest-x-ray.ts";
export * from "./demo-area.ts";
export * from "./falls-prevention.ts";
export * from "./msk-physiotherapy.ts";
export * from "./podiatry.ts";
export * from "./stop-smoking.ts";
export * from "./talking-therapies.ts";
export * from "./weight-management.ts";

/**
 * The demo area's self-referral services. Clinical wording needs a clinical safety review
 * before real use: see demo-area.ts.
 */
export const selfReferralServices: readonly SelfReferralService[] = [
  armleyPhysiotherapy,
  yorkPhysiotherapy,
  chapeltownAudiology,
  yorkPodiatry,
  chapeltownTalkingTherapies,
  halifaxWeightManagement,
  yorkStopSmoking,
  armleyFallsPrevention,
  wakefieldChestXRay,
];

export function findSelfReferralService(id: string): SelfReferralService | undefined {
  return selfReferralServices.find((service) => service.id === id);
}
