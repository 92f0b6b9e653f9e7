import { myHoldRelease as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeHoldRelease } from "./handlers/hold-release.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeHoldRelease({ db, tableName, now: () => new Date() }));
