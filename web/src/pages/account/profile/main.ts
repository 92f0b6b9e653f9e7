import {
  MeResponse,
  type PatientRecord,
  type Profile,
  ProfileResponse,
} from "@front-door/contracts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render, summaryList } from "../../../lib/dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../../../lib/error-summary.ts";
import { fieldMessages } from "../../../lib/field-errors.ts";
import { formatDate, formatNhsNumber } from "../../../lib/format.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { roleLabels } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";
import {
  checkboxIds,
  fieldIdForPath,
  formValuesToProfile,
  type ProfileFormValues,
  profileToFormValues,
  radioGroups,
  savedProfileRows,
  textFieldIds,
} from "./profile-form.ts";

const form = () => byId<HTMLFormElement>("profile-form");
let isPatient = false;

function sendToSignIn(): void {
  location.replace(signInHref("/profile/"));
}

function readForm(): ProfileFormValues {
  const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value;
  const checked = (id: string) => byId<HTMLInputElement>(id).checked;
  const radio = (name: string) =>
    form().querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? "";
  return {
    ...(Object.fromEntries(Object.entries(textFieldIds).map(([k, id]) => [k, text(id)])) as Record<
      keyof typeof textFieldIds,
      string
    >),
    ...(Object.fromEntries(
      Object.entries(checkboxIds).map(([k, id]) => [k, checked(id)]),
    ) as Record<keyof typeof checkboxIds, boolean>),
    hasCarer: radio(radioGroups.hasCarer.name) as ProfileFormValues["hasCarer"],
    carerKind: radio(radioGroups.carerKind.name) as ProfileFormValues["carerKind"],
  };
}

function fillForm(values: ProfileFormValues): void {
  for (const [key, id] of Object.entries(textFieldIds)) {
    byId<HTMLInputElement>(id).value = values[key as keyof typeof textFieldIds];
  }
  for (const [key, id] of Object.entries(checkboxIds)) {
    byId<HTMLInputElement>(id).checked = values[key as keyof typeof checkboxIds];
  }
  for (const [key, group] of Object.entries(radioGroups)) {
    const value = values[key as keyof typeof radioGroups];
    for (const [choice, id] of Object.entries(group.ids))
      byId<HTMLInputElement>(id).checked = choice === value;
  }
}

function showRecord(patient: PatientRecord): void {
  render(
    byId("record-summary"),
    summaryList(
      [
        { key: "Name", value: `${patient.name.given} ${patient.name.family}` },
        { key: "NHS number", value: formatNhsNumber(patient.nhsNumber) },
        { key: "Date of birth", value: formatDate(patient.dateOfBirth) },
      ],
      { inCard: true },
    ),
  );
}

function showNotPatient(me: MeResponse): void {
  render(
    byId("profile-message"),
    h(
      "div",
      { class: "nhsuk-inset-text", id: "not-a-patient" },
      h("span", { class: "nhsuk-u-visually-hidden" }, "Information: "),
      h("p", {}, "Only patients have a profile here."),
      h(
        "p",
        {},
        `You are signed in as ${me.displayName ?? me.userId}, ${roleLabels[me.role].toLowerCase()}. `,
        h("a", { href: signInHref("/profile/") }, "Sign in as a patient"),
        " to see their details.",
      ),
    ),
  );
}

function showSaved(profile: Profile): void {
  const saved = byId("profile-saved");
  const heading = h(
    "h2",
    { class: "nhsuk-panel__heading", id: "saved-heading" },
    "Your details have been saved",
  );
  const change = h(
    "button",
    { class: "nhsuk-button nhsuk-button--secondary", type: "button", id: "change-details" },
    "Change your details",
  );
  change.addEventListener("click", () => {
    saved.hidden = true;
    byId("profile-content").hidden = false;
    focusElement(byId("profile-heading"));
  });
  render(
    saved,
    h(
      "div",
      { class: "nhsuk-panel" },
      heading,
      h(
        "div",
        { class: "nhsuk-panel__body" },
        "Everyone who helps you through this service will see them.",
      ),
    ),
    h("h2", { class: "nhsuk-heading-m" }, "What we have saved"),
    h("div", { id: "saved-summary" }, summaryList(savedProfileRows(profile))),
    change,
  );
  byId("profile-content").hidden = true;
  saved.hidden = false;
  focusElement(heading);
}

async function save(button: HTMLButtonElement): Promise<void> {
  const errors = byId("profile-errors");
  clearErrors(errors, form());
  button.disabled = true;
  const result = await api("/api/me/profile", {
    method: "PUT",
    auth: true,
    body: formValuesToProfile(readForm()),
    schema: ProfileResponse,
  });
  button.disabled = false;
  if (result.ok) {
    fillForm(profileToFormValues(result.data.profile, true));
    showSaved(result.data.profile);
    return;
  }
  if (result.status === 401) return sendToSignIn();
  const messages = fieldMessages(result.error.fields, result.error.message, fieldIdForPath);
  // Inline messages first: the summary's focus then lands on a page that already shows them.
  for (const m of messages) showFieldError(m.fieldId, m.message);
  showErrorSummary(errors, messages);
}

startPage({
  prepare: async () => {
    const me = await api("/api/me", { auth: true, schema: MeResponse });
    if (!me.ok) {
      if (me.status === 401) return sendToSignIn();
      throw new Error(me.error.message);
    }
    if (!me.data.patient) return showNotPatient(me.data);
    isPatient = true;
    showRecord(me.data.patient);
    fillForm(
      profileToFormValues(me.data.patient.profile, Boolean(me.data.patient.profileUpdatedAt)),
    );
    byId("profile-message").replaceChildren();
    byId("profile-content").hidden = false;
  },
  run: async () => {
    if (!isPatient) return;
    const button = byId<HTMLButtonElement>("save-profile");
    form().addEventListener("submit", (event) => {
      event.preventDefault();
      if (!button.disabled) void save(button);
    });
  },
});
