import { phbApplication as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makePhbApplication } from "./handlers/phb-team.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makePhbApplication({ db, tableName, now: () => new Date() }));
