import { myAppointmentSlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeMyAppointmentSlots } from "./handlers/my-appointment-slots.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeMyAppointmentSlots({ db, tableName, now: () => new Date() }),
);
