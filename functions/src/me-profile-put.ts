import { meProfilePut as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeProfilePut } from "./handlers/me.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeProfilePut({ db, tableName, now: () => new Date() }));
