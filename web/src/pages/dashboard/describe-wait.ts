import type { DashboardResponse } from "@front-door/contracts";

type WaitBound = DashboardResponse["referrals"][number]["timeToTriage"]["median"];

/** "within a day", "within 4 hours", "over 4 weeks": a bucket's bound in plain words. */
export function describeWait(bound: WaitBound): string {
  if (!bound) return "–";
  const words = (hours: number) =>
    hours < 24
      ? `${hours} hour${hours === 1 ? "" : "s"}`
      : hours % 168 === 0
        ? `${hours / 168} week${hours === 168 ? "" : "s"}`
        : `${hours / 24} day${hours === 24 ? "" : "s"}`;
  return "withinHours" in bound
    ? `within ${words(bound.withinHours)}`
    : `over ${words(bound.longerThanHours)}`;
}
