import { staffReferral as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffReferral } from "./handlers/staff-referrals.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffReferral({ db, tableName, now: () => new Date() }));
