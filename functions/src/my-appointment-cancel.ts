import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeMyAppointmentCancel } from "./handlers/my-appointments.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myAppointmentCancel,
  makeMyAppointmentCancel({ db, tableName, now: () => new Date() }),
);
