import { staffAppointmentAction as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeStaffAppointmentAction } from "./handlers/staff-appointments.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeStaffAppointmentAction({ db, tableName, now: () => new Date() }),
);
