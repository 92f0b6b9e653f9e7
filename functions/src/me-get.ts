import { meGet as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeMeGet } from "./handlers/me.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMeGet({ db, tableName }));
