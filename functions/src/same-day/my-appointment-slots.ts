import { myAppointmentSlots as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAppointmentSlots } from "./handlers/my-appointment-slots.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeMyAppointmentSlots({ db, tableName, now: () => new Date() }),
);
