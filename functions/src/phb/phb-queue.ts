import { phbQueue as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makePhbQueue } from "./handlers/phb-team.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makePhbQueue({ db, tableName, now: () => new Date() }));
