import { byId, render } from "../../../lib/dom.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import {
  alreadyBookedCard,
  loadTodaysSameDayAppointment,
} from "../../../lib/todays-appointment.ts";
import { londonToday } from "../../dashboard/london-date.ts";

startPage({
  run: async () => {
    // Signed out: "Start now" goes through sign-in and comes back to the questions.
    if (!readSession(sessionStorage)) {
      byId<HTMLAnchorElement>("start-same-day").href = signInHref("/same-day/triage/");
      return;
    }
    // One same-day appointment a day: say so now, not after the questions and a chosen time.
    const booked = await loadTodaysSameDayAppointment(londonToday(new Date()));
    if (!booked) return;
    render(byId("already-booked-slot"), alreadyBookedCard(booked));
    byId("start-same-day").hidden = true;
  },
});
