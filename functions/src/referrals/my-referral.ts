import { myReferral as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyReferral } from "./handlers/self-referral.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyReferral({ db, tableName, now: () => new Date() }));
