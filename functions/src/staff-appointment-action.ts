import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeStaffAppointmentAction } from "./handlers/staff-appointments.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.staffAppointmentAction,
  makeStaffAppointmentAction({ db, tableName, now: () => new Date() }),
);
