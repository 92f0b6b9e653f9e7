import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeProfilePut } from "./handlers/me.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.meProfilePut,
  makeProfilePut({ db, tableName, now: () => new Date() }),
);
