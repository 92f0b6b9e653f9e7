import { myAppointmentCancel as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeMyAppointmentCancel } from "./handlers/my-appointments.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeMyAppointmentCancel({ db, tableName, now: () => new Date() }),
);
