import { myAdviceBook as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAdviceBook } from "./handlers/appointment-answer.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyAdviceBook({ db, tableName, now: () => new Date() }));
