import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeMeMessages } from "./handlers/me.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(routes.meMessages, makeMeMessages({ db, tableName }));
