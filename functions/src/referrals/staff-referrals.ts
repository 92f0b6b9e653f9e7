import { staffReferrals as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffReferrals } from "./handlers/staff-referrals.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeStaffReferrals({ db, tableName, now: () => new Date() }));
