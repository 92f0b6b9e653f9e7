import type { PhbDraft } from "@front-door/contracts";
import { fillDateInput, readDateInput } from "../../../lib/date-input.ts";
import { byId } from "../../../lib/dom.ts";
import type { FieldMessage } from "../../../lib/field-errors.ts";
import { startApplyPage } from "../../../lib/phb/apply-page.ts";

const input = (id: string) => byId<HTMLInputElement>(id);
const text: Record<string, string> = {
  givenName: "person-given-name",
  familyName: "person-family-name",
  nhsNumber: "person-nhs-number",
  relationship: "person-relationship",
};

startApplyPage({
  step: "who",
  fill: ({ draft }) => {
    const person = draft.forSomeoneElse;
    // A saved draft without a person is one for the applicant themselves.
    if (person) input("who-someone").checked = true;
    else if (Object.keys(draft).length) input("who-myself").checked = true;
    for (const [field, id] of Object.entries(text)) {
      input(id).value = String(person?.[field as keyof typeof person] ?? "");
    }
    if (person?.dateOfBirth) fillDateInput("person-dob", person.dateOfBirth);
    if (person?.isRepresentative !== undefined)
      input(`person-representative-${person.isRepresentative ? "yes" : "no"}`).checked = true;
  },
  read: (draft) => {
    const { forSomeoneElse: _earlier, ...rest } = draft;
    if (input("who-myself").checked) return { draft: rest };
    if (!input("who-someone").checked) {
      return {
        draft,
        problems: [{ fieldId: "who-myself", message: "Select who the budget is for" }],
      };
    }
    const problems: FieldMessage[] = [];
    const born = readDateInput("person-dob", "Their date of birth");
    if (!born.ok) problems.push(born.error);
    const representative = input("person-representative-yes").checked
      ? true
      : input("person-representative-no").checked
        ? false
        : undefined;
    const person: NonNullable<PhbDraft["forSomeoneElse"]> = {
      givenName: input(text.givenName as string).value.trim(),
      familyName: input(text.familyName as string).value.trim(),
      nhsNumber: input(text.nhsNumber as string).value.trim(),
      relationship: input(text.relationship as string).value.trim(),
      ...(born.ok ? { dateOfBirth: born.iso } : {}),
      ...(representative === undefined ? {} : { isRepresentative: representative }),
    };
    return { draft: { ...rest, forSomeoneElse: person }, problems };
  },
  fieldIdFor: (path) => {
    const field = path.split(".")[1] ?? "";
    if (field === "dateOfBirth") return "person-dob-day";
    if (field === "isRepresentative") return "person-representative-yes";
    return text[field] ?? "who-myself";
  },
});
