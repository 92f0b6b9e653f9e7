import { myPhbDraft as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyPhbDraft } from "./handlers/phb-patient.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyPhbDraft({ db, tableName, now: () => new Date() }));
