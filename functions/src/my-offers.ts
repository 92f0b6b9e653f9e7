import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeMyOffers } from "./handlers/my-offers.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myOffers,
  makeMyOffers({ db, tableName, now: () => new Date() }),
);
