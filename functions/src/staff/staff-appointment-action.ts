import { staffAppointmentAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { tableDeps } from "../wiring.ts";
import { makeStaffAppointmentAction } from "./handlers/staff-appointments.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffAppointmentAction({ db, tableName, now: () => new Date() }),
);
