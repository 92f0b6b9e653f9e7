import { myHoldRelease as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeHoldRelease } from "./handlers/hold-release.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeHoldRelease({ db, tableName, now: () => new Date() }));
