import { MyReferralsResponse } from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, visuallyHidden } from "../../../lib/dom.ts";
import { formatDate, londonDateOf } from "../../../lib/format.ts";
import { type CheckRow, openReferralTo } from "./check-rows.ts";

/**
 * "Check your answers" (the NHS pattern): every answer about to be sent, each with a Change
 * link back to its question. Answers filled in from an earlier referral are only sent once the
 * patient has seen them here.
 */
export function renderCheckList(rows: readonly CheckRow[], change: (linkId: string) => void): void {
  render(
    byId("check-answers-list"),
    h(
      "dl",
      { class: "nhsuk-summary-list" },
      ...rows.map((row) => {
        const link = h(
          "a",
          { href: "#questions-form", "data-change": row.linkId },
          "Change",
          visuallyHidden(` your answer to: ${row.question}`),
        );
        link.addEventListener("click", (event) => {
          event.preventDefault();
          change(row.linkId);
        });
        return h(
          "div",
          { class: "nhsuk-summary-list__row" },
          h("dt", { class: "nhsuk-summary-list__key" }, row.question),
          // Text nodes only: the patient's own words are shown, never interpreted.
          h("dd", { class: "nhsuk-summary-list__value" }, row.answer),
          h("dd", { class: "nhsuk-summary-list__actions" }, link),
        );
      }),
    ),
  );
}

/**
 * Warns before a second referral to a service that already has one open for this patient
 * (another would only queue behind it). Best effort: if the list cannot be read, no warning.
 */
export async function warnOfOpenReferral(serviceId: string, serviceName: string): Promise<void> {
  const container = byId("open-referral-warning");
  container.replaceChildren();
  const result = await api("/api/me/referrals", { auth: true, schema: MyReferralsResponse });
  if (!result.ok) return;
  const open = openReferralTo(result.data.referrals, serviceId);
  if (!open) return;
  render(
    container,
    h(
      "div",
      { class: "nhsuk-warning-callout" },
      h(
        "h2",
        { class: "nhsuk-warning-callout__label" },
        h("span", { role: "text" }, visuallyHidden("Important: "), "You already have a referral"),
      ),
      h(
        "p",
        { id: "open-referral-text" },
        `You sent a referral to ${serviceName} on ${formatDate(londonDateOf(open.submittedAt))} (reference ${open.reference}) and it is still open. Sending another will not get you seen sooner.`,
      ),
      h(
        "p",
        {},
        h(
          "a",
          { href: `/referrals/view/?id=${encodeURIComponent(open.id)}` },
          "View that referral",
        ),
        " or change it there if something is different now.",
      ),
    ),
  );
}
