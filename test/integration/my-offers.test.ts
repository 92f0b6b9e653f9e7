import { randomUUID } from "node:crypto";
import { MyOffersResponse, routes } from "@front-door/contracts";
import { httpEvent, lambdaContext } from "@front-door/lambda/testing";
import {
  getSlot,
  joinWaitingList,
  type NewSlot,
  offerSlotToWaitingList,
  publishSlots,
  type SlotRecord,
} from "@front-door/store";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { makeMyOffers } from "../../functions/src/same-day/handlers/my-offers.ts";
import { checkedHttp } from "./route-caller.ts";
import { freshTable, measuringClient, type TestTable } from "./support.ts";

let t: TestTable;
const localDate = "2026-12-16";
const offeredAt = new Date("2026-12-16T09:00:00Z");
const slot: NewSlot = {
  id: `site-armley_${localDate}_1100_offer`,
  siteId: "site-armley",
  icbId: "icb-west-yorkshire",
  service: "same-day-gp",
  channel: "in-person",
  start: `${localDate}T11:00:00.000Z`,
  end: `${localDate}T11:15:00.000Z`,
  localDate,
  localStart: "11:00",
  sameDayOnly: true,
  templateId: "t",
};
const tom = {
  role: "patient" as const,
  userId: "u-tom",
  patientId: "patient-tom",
  nhsNumber: "9990001383",
};
const amira = {
  role: "patient" as const,
  userId: "u-amira",
  patientId: "patient-amira",
  nhsNumber: "9990000018",
};

beforeAll(async () => {
  t = await freshTable();
  await publishSlots(t.db, t.tableName, [slot]);
  await joinWaitingList(t.db, t.tableName, {
    siteId: slot.siteId,
    service: slot.service,
    localDate,
    patientId: "patient-tom",
    joinedAt: "2026-12-16T08:00:00.000Z",
  });
  const freed = (await getSlot(t.db, t.tableName, slot.id)) as SlotRecord;
  await offerSlotToWaitingList(t.db, t.tableName, freed, offeredAt, () => ({
    id: randomUUID(),
    kind: "waiting-list-offer",
    channels: [],
    text: "Offer",
  }));
});

const offersAt = (now: Date, principal: object, db = t.db) =>
  checkedHttp(routes.myOffers, makeMyOffers({ db, tableName: t.tableName, now: () => now }))(
    httpEvent({ path: "/api/me/offers", principal: principal as typeof tom }),
    lambdaContext(),
  );

describe("GET /api/me/offers", () => {
  it("gives the patient the time held for them, shaped like their own hold, until it expires", async () => {
    const response = await offersAt(new Date("2026-12-16T09:10:00Z"), tom);
    expect(response.statusCode).toBe(200);
    const { offers } = z.parse(MyOffersResponse, JSON.parse(response.body ?? "{}"));
    expect(offers).toHaveLength(1);
    expect(offers[0]?.hold).toMatchObject({
      slot: { id: slot.id, localStart: "11:00" },
      heldUntil: "2026-12-16T09:30:00.000Z",
    });
    expect(offers[0]?.site.name).toBe("Armley Neighbourhood Health Centre");
    const expired = JSON.parse(
      (await offersAt(new Date("2026-12-16T09:31:00Z"), tom)).body ?? "{}",
    );
    expect(expired.offers).toEqual([]);
  });

  it("shows nobody else's offers, and refuses staff", async () => {
    const other = JSON.parse(
      (await offersAt(new Date("2026-12-16T09:10:00Z"), amira)).body ?? "{}",
    );
    expect(other.offers).toEqual([]);
    const staff = await offersAt(new Date("2026-12-16T09:10:00Z"), {
      role: "receptionist",
      userId: "r",
      siteId: "site-armley",
    });
    expect(staff.statusCode).toBe(403);
  });

  it("reads only the caller's own offers: another patient's, the same day, are not touched", async () => {
    const elsewhere: NewSlot = {
      ...slot,
      id: `site-armley_${localDate}_1130_offer`,
      start: `${localDate}T11:30:00.000Z`,
      end: `${localDate}T11:45:00.000Z`,
      localStart: "11:30",
    };
    await publishSlots(t.db, t.tableName, [elsewhere]);
    await joinWaitingList(t.db, t.tableName, {
      siteId: slot.siteId,
      service: slot.service,
      localDate,
      patientId: amira.patientId,
      joinedAt: "2026-12-16T08:30:00.000Z",
    });
    const freed = (await getSlot(t.db, t.tableName, elsewhere.id)) as SlotRecord;
    const offered = await offerSlotToWaitingList(
      t.db,
      t.tableName,
      freed,
      new Date("2026-12-16T09:05:00Z"),
      () => ({
        id: randomUUID(),
        kind: "waiting-list-offer",
        channels: [],
        text: "Offer",
      }),
    );
    expect(offered.kind === "offered" && offered.entry.patientId).toBe(amira.patientId);

    const measured = measuringClient();
    const response = await offersAt(new Date("2026-12-16T09:10:00Z"), tom, measured.db);
    const { offers } = z.parse(MyOffersResponse, JSON.parse(response.body ?? "{}"));
    expect(offers.map((offer) => offer.hold.slot.id)).toEqual([slot.id]);
    // One Query of Tom's partition returning his one offer, then its slot and site at once.
    expect(measured.cost.calls).toEqual(["QueryCommand", "GetItemCommand", "GetItemCommand"]);
    expect(measured.cost.itemsRead).toBe(3);
    expect(measured.cost.roundTrips).toBe(2);

    const hers = JSON.parse((await offersAt(new Date("2026-12-16T09:10:00Z"), amira)).body ?? "{}");
    expect(
      hers.offers.map((offer: { hold: { slot: { id: string } } }) => offer.hold.slot.id),
    ).toEqual([elsewhere.id]);
  });
});
