import { serviceCatalogue } from "@front-door/contracts";
import { type ReferralStage, referralStages } from "@front-door/domain";
import { referralStageTags } from "../../../lib/staff-referral-labels.ts";

/**
 * The triage queue's filter as the GET form and the URL hold it. The values go to the API as
 * they are: the API checks them and says what is wrong, so the page and the server cannot
 * disagree about what a valid filter is.
 */
export interface ReferralFilter {
  /** "" for the open stages (the API's default). */
  stage: string;
  /** A service code, or "" for every service. */
  service: string;
}

export function readReferralFilter(search: string): ReferralFilter {
  const params = new URLSearchParams(search);
  return {
    stage: (params.get("stage") ?? "").trim(),
    service: (params.get("service") ?? "").trim(),
  };
}

export function referralsApiPath(filter: ReferralFilter): string {
  const params = new URLSearchParams();
  if (filter.stage) params.set("stage", filter.stage);
  if (filter.service) params.set("service", filter.service);
  const query = params.toString();
  return `/api/staff/referrals${query ? `?${query}` : ""}`;
}

/** The stages the API shows when not asked for one: everything still to act on. */
export const openStages: readonly ReferralStage[] = [
  "submitted",
  "awaiting-information",
  "accepted",
  "booked",
];

/** Choices for the stage select: the open ones (default), then each stage a referral can be in. */
export const stageOptions: readonly { value: string; text: string }[] = [
  { value: "", text: "Still to act on" },
  ...referralStages
    .filter((stage) => stage !== "draft")
    .map((stage) => ({ value: stage, text: referralStageTags[stage].text })),
];

/** Choices for the service select: the self-referral services, by name. */
export const serviceOptions: readonly { value: string; text: string }[] = [
  { value: "", text: "All services" },
  ...serviceCatalogue
    .filter((service) => service.category === "self-referral")
    .map((service) => ({ value: service.code, text: service.name })),
];

/** What the queue is showing, in words: "Still to act on, all services". */
export function describeReferralFilter(filter: ReferralFilter): string {
  const stage = stageOptions.find((o) => o.value === filter.stage)?.text ?? "Still to act on";
  const service = serviceOptions.find((o) => o.value === filter.service)?.text;
  return `${stage}, ${service && filter.service ? service : "all services"}`;
}

/** The API's error paths are the form's field names; anything else is about the stage. */
export function filterFieldId(path: string): "stage" | "service" {
  return path === "service" ? "service" : "stage";
}
