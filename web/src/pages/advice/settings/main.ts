import { type AdviceSettingsBody, AdviceSettingsResponse } from "@front-door/contracts";
import { daysOfWeek } from "@front-door/domain";
import { sendToSignIn, showNotStaff } from "../../../lib/advice-staff/page-parts.ts";
import { settingsFieldId, settingsFromForm } from "../../../lib/advice-staff/settings-form.ts";
import { api } from "../../../lib/api.ts";
import { byId } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import { showSuccessBanner } from "../../../lib/success-banner.ts";

const form = () => byId<HTMLFormElement>("settings-form");
let version = 0;

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function fill(settings: AdviceSettingsBody): void {
  for (const day of daysOfWeek) {
    const hours = settings.openingHours[day];
    input(`${day}-opens`).value = hours?.opens ?? "";
    input(`${day}-closes`).value = hours?.closes ?? "";
    input(`${day}-closed`).checked = hours === null;
  }
  input("closedOnBankHolidays").checked = settings.closedOnBankHolidays;
  input("acceptWhenClosed").checked = settings.acceptWhenClosed;
  for (const box of form().querySelectorAll<HTMLInputElement>('input[name="enabledTypes"]')) {
    box.checked = settings.enabledTypes.includes(box.value as never);
  }
  input("nextStepWorkingDays").value = String(settings.nextStepWorkingDays);
  input("replyWorkingDays").value = String(settings.replyWorkingDays);
  input("patientReplyDays").value = String(settings.patientReplyDays);
  byId<HTMLTextAreaElement>("closedMessage").value = settings.closedMessage;
}

async function save(): Promise<void> {
  clearErrors(byId("settings-errors"), form());
  byId("settings-banner").replaceChildren();
  const result = await api("/api/staff/advice/settings", {
    method: "PUT",
    auth: true,
    body: settingsFromForm(new FormData(form())),
    ifMatch: `"${version}"`,
    schema: AdviceSettingsResponse,
  });
  if (!result.ok) {
    if (result.status === 401) return sendToSignIn();
    const messages = fieldMessages(
      result.status === 400 ? result.error.fields : [],
      result.status === 403
        ? "Only receptionists can change these settings."
        : result.error.message,
      settingsFieldId,
    );
    for (const m of messages) showFieldError(m.fieldId, m.message);
    return showErrorSummary(byId("settings-errors"), messages);
  }
  version = result.data.version;
  fill(result.data.settings);
  showSuccessBanner(byId("settings-banner"), "Settings saved");
}

startPage({
  prepare: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const result = await api("/api/staff/advice/settings", {
      auth: true,
      schema: AdviceSettingsResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      if (result.status === 403) return showNotStaff(byId("settings-message"));
      throw new Error(result.error.message);
    }
    version = result.data.version;
    fill(result.data.settings);
    byId("settings-message").replaceChildren();
    form().hidden = false;
    let busy = false;
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      void save().finally(() => {
        busy = false;
      });
    });
  },
});
