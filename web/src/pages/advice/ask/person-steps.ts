import type { AdvicePracticeStatus } from "@front-door/contracts";
import { emergencySignLabel } from "../../../lib/advice/emergency-signs.ts";
import {
  type AdviceDraft,
  type ContactDraft,
  populationOf,
} from "../../../lib/advice/request-draft.ts";
import { h } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { checkboxes as checkboxesElement, radios, textInput } from "./form-parts.ts";
import { problem, type StepView } from "./step-view.ts";

/** The pages about the person: who it is for, the emergency signs, how to reach them. */

export function who(draft: AdviceDraft): StepView {
  return {
    body: [
      radios({
        name: "who",
        question: "Who is this request for?",
        options: [
          { value: "self", label: "Me" },
          {
            value: "someone-i-care-for",
            label: "Someone I care for",
            hint: "For example, your child, or an adult you look after",
          },
        ],
        chosen: draft.who ? [draft.who] : [],
      }),
    ],
    read: (values) => {
      const answer = values.who;
      if (answer !== "self" && answer !== "someone-i-care-for") {
        return problem("who", "Select who this request is for");
      }
      // Someone else may need the other list of emergency signs: ask them again.
      const signs = answer === draft.who ? draft.signs : undefined;
      return { ok: true, draft: { ...draft, who: answer, signs } };
    },
  };
}

export function aboutThem(draft: AdviceDraft): StepView {
  return {
    body: [
      h("h1", {}, "About the person you care for"),
      textInput({
        name: "them-name",
        label: "Their full name",
        value: draft.them.name,
        autocomplete: "off",
      }),
      textInput({
        name: "them-relationship",
        label: "How are you related to them? (optional)",
        hint: "For example, parent, son, daughter or carer",
        value: draft.them.relationship,
        width: "nhsuk-input--width-20",
      }),
      radios({
        name: "them-under-16",
        question: "Are they under 16?",
        asHeading: false,
        hint: "Children have their own list of signs of an emergency.",
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        chosen: draft.them.underSixteen ? [draft.them.underSixteen] : [],
      }),
    ],
    read: (values) => {
      const name = (values["them-name"] ?? "").trim();
      const relationship = (values["them-relationship"] ?? "").trim();
      const under = values["them-under-16"];
      const errors: FieldMessage[] = [];
      if (!name) errors.push({ fieldId: "them-name", message: "Enter their full name" });
      else if (name.length > 100)
        errors.push({ fieldId: "them-name", message: "Name must be 100 characters or fewer" });
      if (relationship.length > 60)
        errors.push({
          fieldId: "them-relationship",
          message: "Relationship must be 60 characters or fewer",
        });
      if (under !== "yes" && under !== "no")
        errors.push({ fieldId: "them-under-16", message: "Select yes if they are under 16" });
      if (errors.length || (under !== "yes" && under !== "no")) return { ok: false, errors };
      const signs = under === draft.them.underSixteen ? draft.signs : undefined;
      return {
        ok: true,
        draft: { ...draft, them: { name, relationship, underSixteen: under }, signs },
      };
    },
  };
}

/** "Do you have any of these?": the list for an adult or a child, then "None of these". */
export function signs(draft: AdviceDraft, status: AdvicePracticeStatus): StepView {
  const population = populationOf(draft);
  const list = status.emergencySigns[population];
  const question =
    draft.who === "someone-i-care-for"
      ? `Does ${draft.them.name || "the person you care for"} have any of these now?`
      : "Do you have any of these now?";
  return {
    body: [checkboxesFor(question, list, draft.signs)],
    read: (_values, all) => {
      const ticked = all.getAll("signs").map(String);
      if (ticked.length === 0) {
        return problem("signs", "Select any you have, or select none of these");
      }
      const chosen = ticked.filter((s) => s !== "none");
      return { ok: true, draft: { ...draft, signs: chosen } };
    },
  };
}

function checkboxesFor(question: string, list: readonly string[], chosen?: readonly string[]) {
  return checkboxesElement({
    name: "signs",
    question,
    hint: "Select all that apply. If you have any of these, you need help sooner than your practice can reply.",
    options: [
      ...list.map((id) => ({ value: id, label: emergencySignLabel(id) })),
      { value: "none", label: "None of these", exclusive: true },
    ],
    chosen: chosen === undefined ? [] : chosen.length === 0 ? ["none"] : chosen,
  });
}

const methods: { value: ContactDraft["method"]; label: string }[] = [
  { value: "phone", label: "Phone call" },
  { value: "text", label: "Text message" },
  { value: "email", label: "Email" },
  { value: "online", label: "A message here only" },
];

export function contact(draft: AdviceDraft): StepView {
  const c = draft.contact ?? { method: "online", phone: "", times: "", preferredClinician: "" };
  return {
    body: [
      radios({
        name: "method",
        question: "How should the practice contact you?",
        hint: "Replies are always here too. We filled this in from your details: change anything that is not right.",
        options: methods,
        chosen: [c.method],
      }),
      textInput({
        name: "phone",
        label: "Phone number (optional)",
        value: c.phone,
        type: "tel",
        autocomplete: "tel",
        width: "nhsuk-input--width-20",
      }),
      textInput({
        name: "times",
        label: "When can you take a call? (optional)",
        hint: "For example, weekdays after 2pm",
        value: c.times,
      }),
      textInput({
        name: "clinician",
        label: "Is there a GP or nurse you would like to see it? (optional)",
        value: c.preferredClinician,
      }),
    ],
    read: (values) => {
      const method = methods.find((m) => m.value === values.method)?.value;
      const phone = (values.phone ?? "").trim();
      const times = (values.times ?? "").trim();
      const preferredClinician = (values.clinician ?? "").trim();
      const errors: FieldMessage[] = [];
      if (!method)
        errors.push({ fieldId: "method", message: "Select how the practice should contact you" });
      if ((method === "phone" || method === "text") && !phone)
        errors.push({ fieldId: "phone", message: "Enter a phone number, or choose another way" });
      if (phone && !/^\+?[\d\s()-]{10,20}$/.test(phone))
        errors.push({ fieldId: "phone", message: "Enter a phone number, like 07700 900123" });
      if (times.length > 200)
        errors.push({ fieldId: "times", message: "Use 200 characters or fewer" });
      if (preferredClinician.length > 100)
        errors.push({ fieldId: "clinician", message: "Use 100 characters or fewer" });
      if (errors.length || !method) return { ok: false, errors };
      return {
        ok: true,
        draft: { ...draft, contact: { method, phone, times, preferredClinician } },
      };
    },
  };
}
