import { myAdviceReply as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAdviceReply } from "./handlers/patient-advice.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyAdviceReply({ db, tableName, now: () => new Date() }));
