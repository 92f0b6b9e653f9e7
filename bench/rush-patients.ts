import { performance } from "node:perf_hooks";
import { createApiClient } from "./api-client.ts";
import { type Journey, journey, pick, seededRandom } from "./rush-journey.ts";

/**
 * The rush's patients, in a process of their own (forked by rush.ts): real patients' browsers
 * are not in the server, so their HTTP client's CPU must not be counted as the API's, nor
 * compete with it for the runner's one event loop. Talks to its parent over IPC:
 * setup → ready (connections opened), go → done (journeys, seconds, this process's CPU).
 */
export interface PatientsSetup {
  type: "setup";
  url: string;
  patients: { patientId: string; token: string }[];
  slotIds: string[];
  seed: number;
}

export interface PatientsDone {
  type: "done";
  journeys: Journey[];
  seconds: number;
  /** CPU this process spent during the rush, in ms, and its event loop's busy share. */
  cpuMs: number;
  eventLoopUtilization: number;
}

let setup: PatientsSetup | undefined;
const api = { current: undefined as ReturnType<typeof createApiClient> | undefined };

process.on("message", (message: { type: string }) => {
  void handle(message).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});

async function handle(message: { type: string }): Promise<void> {
  if (message.type === "setup") {
    setup = message as PatientsSetup;
    api.current = createApiClient(setup.url);
    await Promise.all([api.current.warm("hold"), api.current.warm("booking")]);
    process.send?.({ type: "ready" });
  } else if (message.type === "go" && setup && api.current) {
    const client = api.current;
    const random = seededRandom(setup.seed);
    const slotIds = setup.slotIds;
    const cpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    const started = performance.now();
    const journeys = await Promise.all(
      setup.patients.map((patient) =>
        journey(client, patient, pick(slotIds, random) as string, random, started),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const done: PatientsDone = {
      type: "done",
      journeys,
      seconds,
      cpuMs: (cpu.user + cpu.system) / 1000,
      eventLoopUtilization: performance.eventLoopUtilization(loopBefore).utilization,
    };
    process.send?.(done);
  } else if (message.type === "close") {
    api.current?.close();
    process.disconnect();
  }
}
