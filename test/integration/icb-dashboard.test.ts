import { DashboardResponse, routes } from "@front-door/contracts";
import type { http } from "@front-door/lambda";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import { confirmBooking, holdSlot, type NewSlot, publishSlots } from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { makeIcbDashboard } from "../../functions/src/dashboard/handlers/icb-dashboard.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, type TestTable } from "./support.ts";

let t: TestTable;
let dashboard: ReturnType<typeof http>;

const westYorkshire = { role: "icb-analyst" as const, userId: "a1", icbId: "icb-west-yorkshire" };
const humber = { role: "icb-analyst" as const, userId: "a2", icbId: "icb-humber-north-yorkshire" };

const slot = (siteId: string, icbId: string, localDate: string, hhmm: string): NewSlot => ({
  id: `${siteId}_${localDate}_${hhmm}`,
  siteId,
  icbId,
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T${hhmm}:00.000Z`,
  end: `${localDate}T${hhmm.slice(0, 3)}15:00.000Z`,
  localDate,
  localStart: hhmm,
  sameDayOnly: true,
  templateId: "t",
});

beforeAll(async () => {
  t = await freshTable();
  dashboard = checkedHttp(
    routes.icbDashboard,
    makeIcbDashboard({ db: t.db, tableName: t.tableName }),
  );
  const armley = ["08:00", "09:00", "10:00", "11:00"].map((h) =>
    slot("site-armley", "icb-west-yorkshire", "2026-12-07", h),
  );
  await publishSlots(t.db, t.tableName, [
    ...armley,
    slot("site-york-clifton", "icb-humber-north-yorkshire", "2026-12-07", "08:00"),
  ]);
  const now = new Date("2026-12-07T07:00:00Z");
  const held = await holdSlot(t.db, t.tableName, armley[0]?.id ?? "", "patient-amira", now);
  if (held.kind !== "held") throw new Error("hold failed");
  await confirmBooking(t.db, t.tableName, {
    slot: held.slot,
    appointmentId: "appt-dash-1",
    bookingReference: "DASH0001",
    patientId: "patient-amira",
    bookedBy: "patient",
    sameDay: true,
    now,
    message: { id: "m1", kind: "booking-confirmed", channels: [], text: "Booked" },
  });
});

const read = (principal: object, query: Record<string, string>) =>
  dashboard(
    httpEvent({ path: "/api/icb/dashboard", query, principal: principal as typeof westYorkshire }),
    lambdaContext(),
  );
const body = (response: { body?: string }) => JSON.parse(response.body ?? "null");

describe("GET /api/icb/dashboard", () => {
  it("shows an analyst their own ICB's capacity and bookings by day, site and service", async () => {
    const response = await read(westYorkshire, { from: "2026-12-06", to: "2026-12-08" });
    expect(response.statusCode).toBe(200);
    const result = z.parse(DashboardResponse, body(response));
    expect(result.icb.name).toBe("NHS West Yorkshire ICB");
    expect(result.days.map((d) => [d.date, d.capacity, d.booked])).toEqual([
      ["2026-12-06", 0, 0],
      ["2026-12-07", 4, 1],
      ["2026-12-08", 0, 0],
    ]);
    expect(result.totals).toMatchObject({ capacity: 4, booked: 1, utilisation: 0.25 });
    expect(result.breakdown).toEqual([
      expect.objectContaining({
        siteId: "site-armley",
        siteName: "Armley Neighbourhood Health Centre",
        capacity: 4,
      }),
    ]);
    expect(result.sites).toHaveLength(4);
    // Aggregates only: nothing that names or identifies a patient.
    expect(response.body).not.toMatch(/patient|amira|DASH0001|appt-dash/i);
  });

  it("keeps each ICB's figures to its own analysts", async () => {
    const result = body(await read(humber, { from: "2026-12-07", to: "2026-12-07" }));
    expect(result.icb.id).toBe("icb-humber-north-yorkshire");
    expect(result.totals).toMatchObject({ capacity: 1, booked: 0 });
    const foreignSite = await read(humber, {
      from: "2026-12-07",
      to: "2026-12-07",
      siteId: "site-armley",
    });
    expect(foreignSite.statusCode).toBe(404);
    expect(foreignSite.body).not.toContain("Armley");
  });

  it("refuses patients and staff", async () => {
    const patient = {
      role: "patient",
      userId: "u",
      patientId: "patient-amira",
      nhsNumber: "9990000018",
    };
    const receptionist = { role: "receptionist", userId: "r", siteId: "site-armley" };
    expect((await read(patient, { from: "2026-12-07", to: "2026-12-07" })).statusCode).toBe(403);
    expect((await read(receptionist, { from: "2026-12-07", to: "2026-12-07" })).statusCode).toBe(
      403,
    );
  });

  it("refuses a backwards, too long or impossible range with the field", async () => {
    const backwards = body(await read(westYorkshire, { from: "2026-12-07", to: "2026-12-01" }));
    expect(backwards.error.fields).toEqual([
      { path: "to", message: "The end date must be the same as or after the start date" },
    ]);
    const tooLong = body(await read(westYorkshire, { from: "2025-01-01", to: "2026-12-01" }));
    expect(tooLong.error.fields[0].path).toBe("to");
    const impossible = await read(westYorkshire, { from: "2026-02-30", to: "2026-03-01" });
    expect(impossible.statusCode).toBe(400);
    expect(body(impossible).error.fields).toEqual([{ path: "from", message: "Enter a real date" }]);
  });
});
