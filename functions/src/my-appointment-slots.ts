import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeMyAppointmentSlots } from "./handlers/my-appointment-slots.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.myAppointmentSlots,
  makeMyAppointmentSlots({ db, tableName, now: () => new Date() }),
);
