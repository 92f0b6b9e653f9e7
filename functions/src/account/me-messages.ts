import { meMessages as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMeMessages } from "./handlers/me.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMeMessages({ db, tableName }));
