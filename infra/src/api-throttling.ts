import {
  sameDayBookingCreate,
  sameDayHoldCreate,
  sameDayRequestCreate,
} from "@front-door/contracts/routes";

/**
 * API Gateway's throttles, sized from a stated peak (docs/architecture.md, "The 8am rush at the
 * edge"): one deployment for up to 3 million registered patients; at 8am on a Monday about
 * 12,000 of them start a same-day request within five minutes (40 a second), each making about
 * ten API calls over two minutes, so about 400 requests a second at the peak. The stage allows
 * 2.5 times that, and a burst for the moment everyone's clock reaches 8:00:00. Both sit well
 * inside the regional account quota for HTTP APIs (10,000 requests a second, burst 5,000).
 */
export interface Throttle {
  /** Steady requests per second. */
  rateLimit: number;
  /** Token bucket size: requests accepted at once above the rate. */
  burstLimit: number;
}

export const stageThrottle: Throttle = { rateLimit: 1_000, burstLimit: 2_000 };

/**
 * The same-day writes get limits of their own: each is a transaction on the items a rush
 * contends for, so a script retrying holds cannot use up the stage's budget and starve the
 * slots page, and the writes stay under what those items take. Sized at 5 to 7.5 times the
 * peak's 40 patients a second (a patient who loses a slot holds again: about three holds each).
 */
export const routeThrottles: ReadonlyMap<string, Throttle> = new Map([
  [sameDayRequestCreate.id, { rateLimit: 200, burstLimit: 400 }],
  [sameDayHoldCreate.id, { rateLimit: 300, burstLimit: 600 }],
  [sameDayBookingCreate.id, { rateLimit: 200, burstLimit: 400 }],
]);
