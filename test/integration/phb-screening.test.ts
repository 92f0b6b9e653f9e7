import { getPhbApplication } from "@front-door/store";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { amira, application, caseManager, clock, phbCalls } from "./phb-fixtures.ts";
import { freshTable, type TestTable } from "./support.ts";

/**
 * A PHB applicant's own words are screened for emergency signs. PHB is not urgent care, so a
 * match keeps the application, flags it for the team and answers with emergency advice.
 */

let t: TestTable;
let c: ReturnType<typeof phbCalls>;

beforeAll(async () => {
  t = await freshTable();
  c = phbCalls(t);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything written to stdout, stderr or the console while `run` runs. */
async function logsOf(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const keep = (chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(keep);
  vi.spyOn(process.stderr, "write").mockImplementation(keep);
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
  }
  await run();
  vi.restoreAllMocks();
  return lines.join("\n");
}

describe("screening a PHB applicant's own words", () => {
  it("keeps an application whose outcome says 'I want to end my life', flags it and gives advice", async () => {
    clock.now = new Date("2026-12-08T10:00:00Z");
    const words = "I want to end my life";
    let applied: Awaited<ReturnType<typeof c.apply>> | undefined;
    const logs = await logsOf(async () => {
      applied = await c.apply({
        principal: amira,
        body: { ...application, outcomes: ["Stay in my own home", words] },
      });
    });
    expect(applied?.status).toBe(201);
    const body = applied?.body;
    expect(body.emergencyAdvice.action).toBe("mental-health-crisis");
    expect(body.emergencyAdvice.crisisSupport.length).toBeGreaterThan(0);
    // The applicant's own view carries the advice, not the team's flag.
    expect(body.flaggedWords).toBeUndefined();

    const id = body.id as string;
    const stored = await getPhbApplication(t.db, t.tableName, id);
    expect(stored?.record.details.outcomes).toContain(words);
    expect(stored?.record.flaggedWords).toEqual({
      at: "2026-12-08T10:00:00.000Z",
      categories: ["suicide-or-self-harm"],
      fields: ["outcomes.1"],
    });

    const queue = await c.queue({ principal: caseManager, query: { stage: "requested" } });
    const entry = queue.body.applications.find((a: { id: string }) => a.id === id);
    expect(entry.flaggedWords).toEqual(stored?.record.flaggedWords);
    const teamView = await c.teamOne({ principal: caseManager, params: { applicationId: id } });
    expect(teamView.body.flaggedWords).toEqual(stored?.record.flaggedWords);
    expect(teamView.body.timeline[0].flaggedWords).toEqual({
      categories: ["suicide-or-self-harm"],
      fields: ["outcomes.1"],
    });
    expect(JSON.stringify(teamView.body.flaggedWords)).not.toContain("end my life");

    // The request was logged, but none of the person's words were.
    expect(logs).toContain("my-phb-apply");
    expect(logs.toLowerCase()).not.toContain("end my life");
  });

  it("screens the applicant's later words too, and still does what they asked", async () => {
    const applied = await c.apply({ principal: amira, body: application });
    const id = applied.body.id as string;
    expect(applied.body.emergencyAdvice).toBeUndefined();
    expect((await getPhbApplication(t.db, t.tableName, id))?.record.flaggedWords).toBeUndefined();

    const withdrawn = await c.myAct({
      principal: amira,
      params: { applicationId: id },
      body: { type: "withdraw", reason: "I have crushing chest pain" },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.stage).toBe("withdrawn");
    expect(withdrawn.body.emergencyAdvice.action).toBe("call-999");
    const teamView = await c.teamOne({ principal: caseManager, params: { applicationId: id } });
    expect(teamView.body.flaggedWords).toMatchObject({ fields: ["reasons"] });
    expect(teamView.body.timeline.at(-1).flaggedWords).toEqual({
      categories: ["chest-pain"],
      fields: ["reasons"],
    });
  });
});
