import { type MyReferral, MyReferralResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import {
  clearErrors,
  showErrorSummary,
  showFieldError,
  showProblemSummary,
} from "../../../lib/error-summary.ts";
import { appointmentWhen } from "../../../lib/format.ts";
import { referralIdFrom } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";
import { appointmentSummary, referralDetail, referralSummary } from "./referral-detail.ts";

const referralId = referralIdFrom(location.search);
let shown: MyReferral | undefined;

function sendToSignIn(): void {
  location.replace(signInHref(currentPath()));
}

function notFound(): void {
  render(byId("referral-heading"), "We could not find that referral");
  render(
    byId("referral-message"),
    h(
      "p",
      {},
      "It may have been sent from another account. See all of yours in ",
      h("a", { href: "/referrals/" }, "Your referrals"),
      ".",
    ),
  );
}

function show(referral: MyReferral): void {
  shown = referral;
  render(byId("referral-heading"), referral.serviceName);
  // The tab names the referral by its reference, not its service: titles show in history,
  // bookmarks and over a shoulder, and a service can say something clinical.
  document.title = document.title.replace(/^[^–]*/, `Your referral ${referral.reference} `);
  const detail = byId("referral-detail");
  render(
    detail,
    ...referralDetail(referral, {
      onInformationSent: informationSent,
      onWithdraw: startWithdraw,
      onCancelAppointment: startCancelAppointment,
    }),
  );
  byId("referral-message").replaceChildren();
  detail.hidden = false;
}

async function load(): Promise<boolean> {
  if (!referralId) {
    notFound();
    return false;
  }
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}`, {
    auth: true,
    schema: MyReferralResponse,
  });
  if (!result.ok) {
    if (result.status === 401) sendToSignIn();
    else if (result.status === 404) notFound();
    else throw new Error(result.error.message);
    return false;
  }
  show(result.data.referral);
  return true;
}

/**
 * One of the patient's own actions. If the referral moved on meanwhile (the service decided
 * it while the page was open), the page says so and shows it as it is now.
 */
async function act(
  type: "withdraw" | "provide-information" | "cancel-booking",
  button: HTMLButtonElement,
  detail: { answer?: string } = {},
): Promise<MyReferral | undefined> {
  if (!referralId) return undefined;
  byId("referral-errors").replaceChildren();
  byId("referral-done").replaceChildren();
  button.disabled = true;
  const result = await api(`/api/me/referrals/${encodeURIComponent(referralId)}/actions`, {
    method: "POST",
    auth: true,
    body: { type, ...detail },
    // The version on screen: if the service acted meanwhile, the action is refused.
    ...(shown ? { ifMatch: `"${shown.version}"` } : {}),
    schema: MyReferralResponse,
  });
  button.disabled = false;
  if (result.ok) return result.data.referral;
  if (result.status === 401) {
    sendToSignIn();
    return undefined;
  }
  if (result.error.code === "validation_failed" && detail.answer !== undefined) {
    // Nothing was sent: say what to fix on the answer box, keeping what they wrote.
    const message =
      result.error.fields?.find((f) => f.path === "answer")?.message ?? result.error.message;
    showFieldError("information-answer", message);
    showErrorSummary(byId("referral-errors"), [{ fieldId: "information-answer", message }]);
    return undefined;
  }
  showReferralView();
  await load();
  showProblemSummary(
    byId("referral-errors"),
    "There is a problem",
    h("p", {}, result.error.message),
    h("p", {}, "The referral below is as it is now."),
  );
  return undefined;
}

async function informationSent(answer: string): Promise<void> {
  clearErrors(byId("referral-errors"), byId("information-form"));
  const after = await act("provide-information", byId<HTMLButtonElement>("information-sent"), {
    answer,
  });
  if (!after) return;
  show(after);
  showSuccessBanner(
    byId("referral-done"),
    "Thank you for sending the information",
    "The service will look at your referral again.",
  );
}

/** Back from a confirmation step to the referral itself. */
function showReferralView(): void {
  for (const id of ["withdraw", "cancel-appointment"]) {
    byId(`${id}-view`).hidden = true;
    byId(`${id}-summary`).replaceChildren();
  }
  byId("referral-content").hidden = false;
}

function startWithdraw(): void {
  if (!shown) return;
  byId("referral-errors").replaceChildren();
  byId("referral-done").replaceChildren();
  render(byId("withdraw-summary"), referralSummary(shown));
  // Withdrawing a booked referral cancels its appointment in the same step: say so first.
  const booked = shown.stage === "booked" ? shown.appointment : undefined;
  render(
    byId("withdraw-appointment"),
    ...(booked
      ? [
          h(
            "div",
            { class: "nhsuk-warning-callout", id: "withdraw-cancels-appointment" },
            h(
              "h2",
              { class: "nhsuk-warning-callout__label" },
              "Your appointment will be cancelled",
            ),
            h(
              "p",
              {},
              `Withdrawing also cancels your appointment on ${appointmentWhen(booked)} (booking reference ${booked.bookingReference}), and the time will be free for someone else.`,
            ),
          ),
        ]
      : []),
  );
  byId("referral-content").hidden = true;
  byId("withdraw-view").hidden = false;
  focusElement(byId("withdraw-heading"));
}

async function withdraw(): Promise<void> {
  const after = await act("withdraw", byId<HTMLButtonElement>("confirm-withdraw"));
  if (!after) return;
  showReferralView();
  show(after);
  showSuccessBanner(
    byId("referral-done"),
    "Your referral has been withdrawn",
    "The service will not act on it. You can refer yourself again if you need to.",
  );
}

function startCancelAppointment(): void {
  if (!shown?.appointment) return;
  byId("referral-errors").replaceChildren();
  byId("referral-done").replaceChildren();
  render(byId("cancel-appointment-summary"), appointmentSummary(shown.appointment));
  byId("referral-content").hidden = true;
  byId("cancel-appointment-view").hidden = false;
  focusElement(byId("cancel-appointment-title"));
}

async function cancelAppointment(): Promise<void> {
  const after = await act("cancel-booking", byId<HTMLButtonElement>("confirm-cancel-appointment"));
  if (!after) return;
  showReferralView();
  show(after);
  showSuccessBanner(
    byId("referral-done"),
    "Your appointment has been cancelled",
    after.mayBook
      ? "Your referral is still open. You can choose another time below."
      : `Your referral is still open. ${after.site.name} will contact you to arrange another appointment.`,
  );
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    byId("confirm-withdraw").addEventListener("click", () => {
      void withdraw();
    });
    byId("confirm-cancel-appointment").addEventListener("click", () => {
      void cancelAppointment();
    });
    byId("keep-appointment").addEventListener("click", () => {
      showReferralView();
      focusElement(byId("referral-heading"));
    });
    byId("keep-referral").addEventListener("click", () => {
      showReferralView();
      focusElement(byId("referral-heading"));
    });
    await load();
  },
});
