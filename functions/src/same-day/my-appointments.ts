import { myAppointments as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAppointments } from "./handlers/my-appointments.ts";

const { db, tableName } = tableDeps();

export const handler = http(route, makeMyAppointments({ db, tableName, now: () => new Date() }));
