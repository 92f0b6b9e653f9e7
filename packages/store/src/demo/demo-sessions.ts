import type { SessionTemplate } from "@front-door/contracts";

/**
 * Same-day GP sessions at the demo sites that offer same-day GP appointments, so a local run
 * has free times to offer without a receptionist publishing first (and, below, the clinics of
 * the self-referral services that book online). A weekday rota at each
 * centre (in person all day, a telephone session beside it) and a Saturday morning at Armley.
 * Ids are fixed: the seed writes a template only when its id is absent, so a receptionist's
 * changes to one survive a restart.
 */
const weekdays: SessionTemplate["daysOfWeek"] = ["mon", "tue", "wed", "thu", "fri"];

function session(
  siteId: string,
  id: string,
  rota: Pick<
    SessionTemplate,
    "daysOfWeek" | "startTime" | "endTime" | "slotMinutes" | "parallel" | "channel"
  >,
): SessionTemplate {
  return { id, siteId, service: "same-day-gp", sameDayOnly: true, ...rota };
}

const inPersonWeekdays = (parallel: number) =>
  ({
    daysOfWeek: weekdays,
    startTime: "08:00",
    endTime: "18:30",
    slotMinutes: 15,
    parallel,
    channel: "in-person",
  }) as const;

const phone = (startTime: string, endTime: string) =>
  ({
    daysOfWeek: weekdays,
    startTime,
    endTime,
    slotMinutes: 10,
    parallel: 1,
    channel: "telephone",
  }) as const;

/**
 * Clinics of the self-referral services that book accepted referrals online, bookable ahead
 * (not kept for same-day use): a patient whose referral is accepted has times to choose from.
 */
function clinic(
  siteId: string,
  id: string,
  service: SessionTemplate["service"],
  rota: Pick<
    SessionTemplate,
    "daysOfWeek" | "startTime" | "endTime" | "slotMinutes" | "parallel" | "channel"
  >,
): SessionTemplate {
  return { id, siteId, service, sameDayOnly: false, ...rota };
}

export const demoSessionTemplates: readonly SessionTemplate[] = [
  session("site-armley", "demo-gp-in-person", inPersonWeekdays(3)),
  session("site-armley", "demo-gp-telephone", phone("08:00", "12:00")),
  session("site-armley", "demo-gp-saturday", {
    daysOfWeek: ["sat"],
    startTime: "09:00",
    endTime: "12:00",
    slotMinutes: 15,
    parallel: 2,
    channel: "in-person",
  }),
  session("site-chapeltown", "demo-gp-in-person", inPersonWeekdays(2)),
  session("site-chapeltown", "demo-gp-telephone", phone("13:00", "16:00")),
  session("site-halifax", "demo-gp-in-person", inPersonWeekdays(2)),
  session("site-halifax", "demo-gp-telephone", phone("08:00", "10:00")),
  session("site-york-clifton", "demo-gp-in-person", inPersonWeekdays(2)),
  session("site-york-clifton", "demo-gp-telephone", phone("08:00", "12:00")),
  clinic("site-armley", "demo-physio-clinic", "physiotherapy", {
    daysOfWeek: weekdays,
    startTime: "09:00",
    endTime: "17:00",
    slotMinutes: 30,
    parallel: 2,
    channel: "in-person",
  }),
  clinic("site-wakefield-cdc", "demo-chest-x-ray", "chest-x-ray", {
    daysOfWeek: [...weekdays, "sat"],
    startTime: "08:30",
    endTime: "17:30",
    slotMinutes: 15,
    parallel: 2,
    channel: "in-person",
  }),
  clinic("site-halifax", "demo-weight-management", "weight-management", {
    daysOfWeek: ["tue", "thu"],
    startTime: "10:00",
    endTime: "16:00",
    slotMinutes: 45,
    parallel: 1,
    channel: "video",
  }),
  clinic("site-york-clifton", "demo-stop-smoking", "stop-smoking", {
    daysOfWeek: ["mon", "wed", "fri"],
    startTime: "09:00",
    endTime: "12:00",
    slotMinutes: 30,
    parallel: 1,
    channel: "telephone",
  }),
];
