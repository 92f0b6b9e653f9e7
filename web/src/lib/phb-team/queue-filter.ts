import { type PhbStage, phbStages } from "@front-door/domain";

/**
 * The work queue's view, read from the URL so a view can be bookmarked and the back button
 * works: the open work (by stage, route and who has it) or the budgets whose review is due.
 */
export interface QueueFilter {
  view: "work" | "reviews";
  stage: PhbStage | "";
  route: string;
  assignee: "all" | "me" | "unassigned";
}

const assignees = ["all", "me", "unassigned"] as const;

export function readQueueFilter(search: string): QueueFilter {
  const params = new URLSearchParams(search);
  const stage = params.get("stage") ?? "";
  const assignee = params.get("assignee") ?? "all";
  return {
    view: params.get("view") === "reviews" ? "reviews" : "work",
    stage: (phbStages as readonly string[]).includes(stage) ? (stage as PhbStage) : "",
    route: /^[a-z0-9-]{1,64}$/.test(params.get("route") ?? "")
      ? (params.get("route") as string)
      : "",
    assignee: (assignees as readonly string[]).includes(assignee)
      ? (assignee as QueueFilter["assignee"])
      : "all",
  };
}

/**
 * The API filters by stage, route and a named assignee; "unassigned" it cannot ask for, so the
 * page asks for everything and keeps the unassigned ones (see `keepInQueue`).
 */
export function queueApiPath(filter: QueueFilter, myUserId: string | undefined): string {
  const params = new URLSearchParams();
  if (filter.view === "reviews") params.set("reviews", "due");
  else if (filter.stage) params.set("stage", filter.stage);
  if (filter.route) params.set("route", filter.route);
  if (filter.assignee === "me" && myUserId) params.set("assignee", myUserId);
  const query = params.toString();
  return query ? `/api/phb/queue?${query}` : "/api/phb/queue";
}

export function keepInQueue(filter: QueueFilter, entry: { assigneeId?: string | undefined }) {
  return filter.assignee !== "unassigned" || entry.assigneeId === undefined;
}

export function queuePageHref(filter: Partial<QueueFilter>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value && !(key === "view" && value === "work") && !(key === "assignee" && value === "all"))
      params.set(key, value);
  }
  const query = params.toString();
  return query ? `/phb/team/?${query}` : "/phb/team/";
}
