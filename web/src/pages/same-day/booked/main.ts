import { MyAppointmentsResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, summaryList } from "../../../lib/dom.ts";
import { appointmentWhen } from "../../../lib/format.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { channelLabels, sameDayQuery } from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";

const { appointmentId } = sameDayQuery(location.search);

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return location.replace(signInHref(currentPath()));
    const result = await api("/api/me/appointments", {
      auth: true,
      schema: MyAppointmentsResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return location.replace(signInHref(currentPath()));
      throw new Error(result.error.message);
    }
    const appointment = [...result.data.upcoming, ...result.data.past].find(
      (a) => a.id === appointmentId,
    );
    if (!appointment) {
      render(
        byId("booked-message"),
        h("h1", {}, "We could not find that appointment"),
        h(
          "p",
          {},
          "See all your bookings in ",
          h("a", { href: "/appointments/" }, "Your appointments"),
          ".",
        ),
      );
      return;
    }
    byId("booking-reference").textContent = appointment.bookingReference;
    render(
      byId("booked-summary"),
      summaryList([
        { key: "Booking reference", value: appointment.bookingReference },
        { key: "When", value: appointmentWhen(appointment) },
        { key: "How", value: channelLabels[appointment.channel] },
        { key: "Where", value: appointment.site.name },
      ]),
    );
    if (appointment.site.phone)
      byId("booked-site-phone").textContent =
        `${appointment.site.name} on ${appointment.site.phone}`;
    byId("print-page").addEventListener("click", () => window.print());
    byId("booked-message").replaceChildren();
    byId("booked-content").hidden = false;
  },
});
