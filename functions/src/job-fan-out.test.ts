import type { Logger } from "@aws-lambda-powertools/logger";
import { InvokeCommand } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import {
  type FanOutJob,
  type IcbShare,
  lambdaDispatch,
  runFanOutJob,
  shareDispatchFromEnv,
  shareOf,
  walkShare,
} from "./job-fan-out.ts";
import { JobIncomplete } from "./job-run.ts";

const at = "2026-12-01T23:55:00.000Z";
const now = () => new Date(at);

function quietLogger() {
  const lines: { level: string; message: string; detail?: unknown }[] = [];
  const log = (level: string) => (message: string, detail?: unknown) =>
    lines.push({ level, message, detail });
  return {
    lines,
    logger: { info: log("info"), warn: log("warn"), error: log("error") } as unknown as Logger,
  };
}

/** Two ICBs of three sites each; a worker does `perRun` sites before its time is up. */
function job(options: { perRun?: number; failing?: string; throwing?: string } = {}) {
  const sites: Record<string, { id: string }[]> = {
    "icb-a": [{ id: "a1" }, { id: "a2" }, { id: "a3" }],
    "icb-b": [{ id: "b1" }, { id: "b2" }, { id: "b3" }],
  };
  const done: string[] = [];
  const fanOut: FanOutJob<{ sites: number; failed: number }> = {
    name: "test job",
    icbIds: async () => Object.keys(sites),
    work: async (share, timeLeft) => {
      if (share.icbId === options.throwing) {
        throw Object.assign(new Error("unreachable"), { name: "ThrottlingException" });
      }
      let run = 0;
      let failed = 0;
      const walked = await walkShare(
        sites[share.icbId] ?? [],
        share,
        () => timeLeft() && run < (options.perRun ?? Number.POSITIVE_INFINITY),
        async (site) => {
          run += 1;
          done.push(`${site.id}@${share.at}`);
          if (site.id === options.failing) failed += 1;
        },
      );
      return { ...walked, failed };
    },
  };
  return { fanOut, done };
}

describe("shareOf", () => {
  it("reads a share, and takes anything without one (the schedule's event) as 'dispatch'", () => {
    expect(shareOf({ icbId: "icb-a", at })).toEqual({ icbId: "icb-a", at });
    expect(shareOf({ icbId: "icb-a", at, afterSiteId: "a1" })).toEqual({
      icbId: "icb-a",
      at,
      afterSiteId: "a1",
    });
    expect(shareOf({})).toBeUndefined();
    expect(shareOf(undefined)).toBeUndefined();
  });

  it("refuses a share that is not well formed, naming the field", () => {
    expect(() => shareOf({ icbId: "../x", at })).toThrow(/icbId/);
    expect(() => shareOf({ icbId: "icb-a", at: "yesterday" })).toThrow(/at/);
    expect(() => shareOf({ icbId: "icb-a", at, afterSiteId: 3 })).toThrow(/afterSiteId/);
    expect(() => shareOf({ icbId: "icb-a", at, untilSiteId: "a b" })).toThrow(/untilSiteId/);
    expect(() => shareOf({ icbId: "icb-a", at, retry: 9 })).toThrow(/retry/);
  });
});

describe("runFanOutJob", () => {
  it("as dispatcher in Lambda, hands each ICB on as of the schedule's time and does none itself", async () => {
    const { fanOut, done } = job();
    const dispatched: IcbShare[] = [];
    const { logger } = quietLogger();
    const result = await runFanOutJob(
      logger,
      fanOut,
      {},
      {
        dispatch: async (share) => {
          dispatched.push(share);
        },
        timeLeft: () => true,
        now,
      },
    );
    expect(dispatched).toEqual([
      { icbId: "icb-a", at },
      { icbId: "icb-b", at },
    ]);
    expect(done).toEqual([]);
    expect(result).toMatchObject({ icbs: 2, dispatched: 2, failed: 0 });
  });

  it("as a worker out of time, hands the rest of its ICB on from the next site", async () => {
    const { fanOut, done } = job({ perRun: 2 });
    const dispatched: IcbShare[] = [];
    const { logger } = quietLogger();
    const result = await runFanOutJob(
      logger,
      fanOut,
      { icbId: "icb-a", at },
      {
        dispatch: async (share) => {
          dispatched.push(share);
        },
        timeLeft: () => true,
        now: () => new Date("2026-12-02T00:03:00.000Z"),
      },
    );
    // The share keeps the dispatcher's time, after midnight too.
    expect(done).toEqual([`a1@${at}`, `a2@${at}`]);
    expect(dispatched).toEqual([{ icbId: "icb-a", at, afterSiteId: "a2" }]);
    expect(result).toMatchObject({ icbId: "icb-a", sites: 2, handedOn: 1, failed: 0 });
  });

  it("as a worker whose pieces failed, hands the stretch it did to a bounded retry share, and never throws", async () => {
    const { fanOut, done } = job({ perRun: 2, failing: "a2" });
    const dispatched: IcbShare[] = [];
    const { logger, lines } = quietLogger();
    const options = {
      dispatch: async (share: IcbShare) => {
        dispatched.push(share);
      },
      timeLeft: () => true,
      now,
    };
    const first = await runFanOutJob(logger, fanOut, { icbId: "icb-a", at }, options);
    expect(first).toMatchObject({ failed: 1, handedOn: 1, retrying: 1 });
    expect(dispatched).toEqual([
      { icbId: "icb-a", at, afterSiteId: "a2" },
      { icbId: "icb-a", at, untilSiteId: "a2", retry: 1 },
    ]);
    expect(lines.at(-1)?.level).toBe("error");
    // The retry share redoes a1 and a2 only and hands nothing on; the last retry gives up.
    dispatched.length = 0;
    done.length = 0;
    await runFanOutJob(
      logger,
      fanOut,
      { icbId: "icb-a", at, untilSiteId: "a2", retry: 1 },
      options,
    );
    expect(done.map((d) => d.split("@")[0])).toEqual(["a1", "a2"]);
    expect(dispatched).toEqual([{ icbId: "icb-a", at, untilSiteId: "a2", retry: 2 }]);
    dispatched.length = 0;
    const last = await runFanOutJob(
      logger,
      fanOut,
      { icbId: "icb-a", at, untilSiteId: "a2", retry: 2 },
      options,
    );
    expect(last).toMatchObject({ failed: 1, retrying: 0, handedOn: 0 });
    expect(dispatched).toEqual([]);
  });

  it("in-process, does every ICB to the end, resuming where each run stopped", async () => {
    const { fanOut, done } = job({ perRun: 1 });
    const { logger } = quietLogger();
    const result = await runFanOutJob(logger, fanOut, {}, { timeLeft: () => true, now });
    expect(done.map((d) => d.split("@")[0])).toEqual(["a1", "a2", "a3", "b1", "b2", "b3"]);
    expect(result).toMatchObject({ icbs: 2, sites: 6, failed: 0 });
  });

  it("counts an ICB whose share failed, goes on with the others, and fails the run at the end", async () => {
    const { fanOut, done } = job({ throwing: "icb-a", failing: "b2" });
    const { logger, lines } = quietLogger();
    const run = runFanOutJob(logger, fanOut, {}, { timeLeft: () => true, now });
    await expect(run).rejects.toBeInstanceOf(JobIncomplete);
    expect(done.map((d) => d.split("@")[0])).toEqual(["b1", "b2", "b3"]);
    const summary = lines.find((line) => line.level === "error")?.detail;
    expect(summary).toMatchObject({ icbs: 2, failedIcbs: 1, failed: 2, sites: 3 });
    expect(lines.find((line) => line.level === "warn")?.detail).toMatchObject({ icbId: "icb-a" });
  });

  it("counts an ICB it could not hand on", async () => {
    const { fanOut } = job();
    const { logger, lines } = quietLogger();
    const run = runFanOutJob(
      logger,
      fanOut,
      {},
      {
        dispatch: async (share) => {
          if (share.icbId === "icb-b") throw new Error("TooManyRequestsException");
        },
        timeLeft: () => true,
        now,
      },
    );
    await expect(run).rejects.toBeInstanceOf(JobIncomplete);
    expect(lines.find((line) => line.level === "error")?.detail).toMatchObject({
      dispatched: 1,
      failedIcbs: 1,
    });
  });
});

describe("walkShare", () => {
  it("walks the share's sites in id order, at least one however short of time", async () => {
    const sites = [{ id: "c" }, { id: "a" }, { id: "d" }, { id: "b" }];
    const seen: string[] = [];
    const visit = async (site: { id: string }) => {
      seen.push(site.id);
    };
    expect(await walkShare(sites, { icbId: "i", at }, () => true, visit)).toEqual({
      sites: 4,
      lastSiteId: "d",
    });
    expect(seen).toEqual(["a", "b", "c", "d"]);
    seen.length = 0;
    const bounded = { icbId: "i", at, afterSiteId: "a", untilSiteId: "c" };
    expect(await walkShare(sites, bounded, () => false, visit)).toEqual({
      sites: 1,
      lastSiteId: "b",
      resumeAfter: "b",
    });
    expect(await walkShare(sites, { icbId: "i", at, afterSiteId: "d" }, () => true, visit)).toEqual(
      { sites: 0 },
    );
  });
});

describe("lambdaDispatch and shareDispatchFromEnv", () => {
  it("invokes the function asynchronously with the share as its event", async () => {
    const sent: InvokeCommand[] = [];
    const client = {
      send: async (command: InvokeCommand) => {
        sent.push(command);
        return { StatusCode: 202 };
      },
    } as never;
    await lambdaDispatch(client, "arn:aws:lambda:eu-west-2:1:function:job")({ icbId: "icb-a", at });
    expect(sent[0]).toBeInstanceOf(InvokeCommand);
    expect(sent[0]?.input.InvocationType).toBe("Event");
    expect(sent[0]?.input.FunctionName).toBe("arn:aws:lambda:eu-west-2:1:function:job");
    expect(JSON.parse(new TextDecoder().decode(sent[0]?.input.Payload as Uint8Array))).toEqual({
      icbId: "icb-a",
      at,
    });
  });

  it("is in-process unless the stack says lambda, and names the variable on a wrong value", () => {
    expect(shareDispatchFromEnv({})("arn")).toBeUndefined();
    expect(
      shareDispatchFromEnv({ JOB_FAN_OUT: "lambda", AWS_REGION: "eu-west-2" })("arn"),
    ).toBeTypeOf("function");
    expect(() => shareDispatchFromEnv({ JOB_FAN_OUT: "threads" })).toThrow(/JOB_FAN_OUT/);
  });
});
