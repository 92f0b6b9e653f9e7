import { MyAdviceRequestResponse } from "@front-door/contracts";
import { ErrorSummary } from "nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs";
import {
  heldUntilText,
  offeredTimes,
  offerIsOpen,
  timeText,
} from "../../../lib/advice-staff/offer.ts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary } from "../../../lib/error-summary.ts";
import { informationInset } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";

type AdviceRequest = MyAdviceRequestResponse["request"];

const requestId = new URLSearchParams(location.search).get("id")?.trim() ?? "";
const apiPath = `/api/me/advice/requests/${encodeURIComponent(requestId)}`;
const form = () => byId<HTMLFormElement>("offer-form");

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function showMessage(id: string, text: string): void {
  byId("offer-content").hidden = true;
  render(
    byId("offer-message"),
    h("h1", {}, "Choose an appointment"),
    informationInset(id, [
      text,
      " ",
      h("a", { href: "/appointments/" }, "Go to your appointments"),
      ".",
    ]),
  );
}

function showBooked(request: AdviceRequest): void {
  const appointment = request.appointment;
  if (!appointment) return;
  byId("offer-message").replaceChildren();
  byId("offer-content").hidden = true;
  render(byId("booking-reference"), appointment.bookingReference);
  render(byId("booked-when"), timeText(appointment));
  byId("offer-booked").hidden = false;
  focusElement(byId("booked-heading"));
}

function draw(request: AdviceRequest): void {
  if (request.appointment) {
    showBooked(request);
    return;
  }
  if (request.status === "closed") {
    showMessage("offer-closed", "This request is closed, so these times are no longer offered.");
    return;
  }
  if (!offerIsOpen(request.offer, new Date().toISOString())) {
    showMessage(
      "offer-gone",
      request.offer
        ? "The times held for you have run out. Reply to your practice's message if you still need an appointment."
        : "Your practice has not offered you any times for this request.",
    );
    return;
  }
  render(
    byId("offer-held"),
    `We are holding these times for you until ${heldUntilText(request.offer.expiresAt)}.`,
  );
  render(
    byId("offer-times"),
    ...offeredTimes(request.offer).map((time, i) => {
      const id = i === 0 ? "slotId" : `slotId-${i}`;
      return h(
        "div",
        { class: "nhsuk-radios__item" },
        h("input", {
          class: "nhsuk-radios__input",
          id,
          name: "slotId",
          type: "radio",
          value: time.slotId,
        }),
        h("label", { class: "nhsuk-label nhsuk-radios__label", for: id }, timeText(time)),
      );
    }),
  );
  byId("offer-message").replaceChildren();
  byId("offer-content").hidden = false;
}

async function book(): Promise<void> {
  const errors = byId("offer-errors");
  clearErrors(errors, form());
  const slotId = new FormData(form()).get("slotId")?.toString();
  if (!slotId) return showErrorSummary(errors, [{ fieldId: "slotId", message: "Choose a time" }]);
  const result = await api(`${apiPath}/booking`, {
    method: "POST",
    auth: true,
    body: { slotId },
    schema: MyAdviceRequestResponse,
  });
  if (result.ok) return showBooked(result.data.request);
  if (result.status === 401) return sendToSignIn();
  if (result.status === 409) {
    // The offer ran out or changed: say so over the page as it is now.
    const reloaded = await api(apiPath, { auth: true, schema: MyAdviceRequestResponse });
    if (reloaded.ok) draw(reloaded.data.request);
    const summary = h(
      "div",
      { class: "nhsuk-error-summary", "data-module": "nhsuk-error-summary", id: "error-summary" },
      h(
        "div",
        { role: "alert" },
        h("h2", { class: "nhsuk-error-summary__heading" }, "That time could not be booked"),
        h("div", { class: "nhsuk-error-summary__body" }, h("p", {}, result.error.message)),
      ),
    );
    errors.replaceChildren(summary);
    new ErrorSummary(summary);
    return;
  }
  showErrorSummary(errors, [{ fieldId: "slotId", message: result.error.message }]);
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    if (!requestId)
      return showMessage("no-request", "This link does not say which request it is about.");
    const result = await api(apiPath, { auth: true, schema: MyAdviceRequestResponse });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status === 404 || result.status === 400 || result.status === 403) {
        return showMessage("no-request", "We could not find this request in your account.");
      }
      throw new Error(result.error.message);
    }
    draw(result.data.request);
    let busy = false;
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      void book().finally(() => {
        busy = false;
      });
    });
  },
});
