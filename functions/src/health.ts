import { health as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { probeTable } from "@front-door/store";
import { makeHealth } from "./handlers/health.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

// Module scope: the probe's answer is cached for the life of this container.
export const handler = http(
  route,
  makeHealth({
    probe: () => probeTable(db, tableName),
    now: Date.now,
    log: (line) => console.warn(line),
  }),
);
