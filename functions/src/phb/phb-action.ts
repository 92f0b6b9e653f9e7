import { phbAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makePhbAction } from "./handlers/phb-team.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makePhbAction({ db, tableName, now: () => new Date() }));
