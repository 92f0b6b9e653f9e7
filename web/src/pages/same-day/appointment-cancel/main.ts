import {
  type MyAppointment,
  MyAppointmentResponse,
  MyAppointmentsResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, summaryList } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { sameDayQuery } from "../../../lib/same-day.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { appointmentRows } from "../appointments/appointment-rows.ts";
import { cancelFieldIds, cancelReasonText } from "../appointments/cancel-reason.ts";

const { appointmentId } = sameDayQuery(location.search);
const form = () => byId<HTMLFormElement>("cancel-form");
let cancelling: MyAppointment | undefined;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showMessage(text: string): void {
  render(
    byId("cancel-message"),
    h("p", { id: "cancel-unavailable" }, text),
    h("p", {}, h("a", { href: "/appointments/" }, "Go to your appointments")),
  );
}

async function load(): Promise<void> {
  if (!appointmentId) return showMessage("We could not tell which appointment to cancel.");
  const result = await api("/api/me/appointments", { auth: true, schema: MyAppointmentsResponse });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    throw new Error(result.error.message);
  }
  const appointment = [...result.data.upcoming, ...result.data.past].find(
    (a) => a.id === appointmentId,
  );
  if (!appointment) return showMessage("We could not find that appointment in your appointments.");
  if (appointment.status !== "booked") {
    return showMessage(
      `This appointment cannot be cancelled: it is ${appointment.status.replaceAll("-", " ")}.`,
    );
  }
  cancelling = appointment;
  byId("cancel-message").replaceChildren();
  render(byId("cancel-summary"), summaryList(appointmentRows(appointment)));
  form().hidden = false;
}

async function cancel(): Promise<void> {
  if (!cancelling) return;
  const errors = byId("cancel-errors");
  clearErrors(errors, form());
  const choice = form().querySelector<HTMLInputElement>(
    'input[name="cancel-reason"]:checked',
  )?.value;
  const reason = cancelReasonText(
    choice ?? "",
    byId<HTMLTextAreaElement>("reason-other-text").value,
  );
  if (!reason.ok) {
    showFieldError(reason.fieldId, reason.message);
    showErrorSummary(errors, [reason]);
    return;
  }
  const button = byId<HTMLButtonElement>("confirm-cancel");
  button.disabled = true;
  const result = await api(`/api/me/appointments/${encodeURIComponent(cancelling.id)}/cancel`, {
    method: "POST",
    auth: true,
    body: { reason: reason.reason },
    schema: MyAppointmentResponse,
  });
  button.disabled = false;
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    const message = result.error.fields[0]?.message ?? result.error.message;
    const fieldId = choice === "other" ? cancelFieldIds.other : cancelFieldIds.choice;
    showFieldError(fieldId, message);
    showErrorSummary(errors, [{ fieldId, message }]);
    return;
  }
  // Your appointments says it is cancelled, from the appointment as it now stands.
  location.assign(`/appointments/?cancelled=${encodeURIComponent(cancelling.id)}`);
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      void cancel();
    });
    await load();
  },
});
