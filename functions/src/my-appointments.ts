import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeMyAppointments } from "./handlers/my-appointments.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myAppointments,
  makeMyAppointments({ db, tableName, now: () => new Date() }),
);
