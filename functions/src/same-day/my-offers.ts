import { myOffers as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyOffers } from "./handlers/my-offers.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyOffers({ db, tableName, now: () => new Date() }));
