import { describe, expect, it } from "vitest";
import { keepInQueue, queueApiPath, queuePageHref, readQueueFilter } from "./queue-filter.ts";

describe("the PHB work queue's filter", () => {
  it("reads a view from the URL and ignores what it does not know", () => {
    expect(readQueueFilter("?stage=planning&route=chc&assignee=me")).toEqual({
      view: "work",
      stage: "planning",
      route: "chc",
      assignee: "me",
    });
    expect(readQueueFilter("?stage=nonsense&route=%3Cscript%3E&assignee=boss&view=x")).toEqual({
      view: "work",
      stage: "",
      route: "",
      assignee: "all",
    });
    expect(readQueueFilter("?view=reviews").view).toBe("reviews");
  });

  it("asks the API for the stage, the route and the member's own applications", () => {
    const filter = readQueueFilter("?stage=requested&route=chc&assignee=me");
    expect(queueApiPath(filter, "user-1")).toBe(
      "/api/phb/queue?stage=requested&route=chc&assignee=user-1",
    );
    expect(queueApiPath(readQueueFilter(""), "user-1")).toBe("/api/phb/queue");
  });

  it("asks for the reviews due rather than a stage in the reviews view", () => {
    expect(queueApiPath(readQueueFilter("?view=reviews&stage=planning"), "u")).toBe(
      "/api/phb/queue?reviews=due",
    );
  });

  it("keeps only unassigned applications when asked for those", () => {
    const unassigned = readQueueFilter("?assignee=unassigned");
    expect(queueApiPath(unassigned, "u")).toBe("/api/phb/queue");
    expect(keepInQueue(unassigned, {})).toBe(true);
    expect(keepInQueue(unassigned, { assigneeId: "u" })).toBe(false);
    expect(keepInQueue(readQueueFilter(""), { assigneeId: "u" })).toBe(true);
  });

  it("links to a view without the defaults", () => {
    expect(queuePageHref({ view: "reviews" })).toBe("/phb/team/?view=reviews");
    expect(queuePageHref({ view: "work", assignee: "all", stage: "" })).toBe("/phb/team/");
  });
});
