import {
  type DatePart,
  dateParts,
  readTypedDate,
  type TypedDate,
  typedFromIso,
} from "./date-parts.ts";
import type { FieldMessage } from "./field-errors.ts";

/**
 * The NHS date input (day, month and year boxes in a fieldset): markup for a page's build, and
 * reading and filling it in the browser. Box ids are `<id>-day`, `<id>-month`, `<id>-year`.
 */

export const datePartId = (id: string, part: DatePart) => `${id}-${part}`;

const partLabels: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

export interface DateInputOptions {
  id: string;
  legend: string;
  hint?: string;
  legendSize?: "s" | "m";
}

export function dateInputMarkup(o: DateInputOptions): string {
  const hint = o.hint ?? "For example, 24 11 2026";
  const item = (part: DatePart) => `<div class="nhsuk-date-input__item">
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-date-input__label" for="${datePartId(o.id, part)}">${partLabels[part]}</label>
        <input class="nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === "year" ? 4 : 2}" id="${datePartId(o.id, part)}" name="${datePartId(o.id, part)}" type="text" inputmode="numeric" autocomplete="off" spellcheck="false">
      </div>
    </div>`;
  return `<div class="nhsuk-form-group">
  <fieldset class="nhsuk-fieldset" role="group" aria-describedby="${o.id}-hint" id="${o.id}-fieldset">
    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--${o.legendSize ?? "s"}">${o.legend}</legend>
    <div class="nhsuk-hint" id="${o.id}-hint">${hint}</div>
    <div class="nhsuk-date-input" id="${o.id}">
    ${dateParts.map(item).join("\n    ")}
    </div>
  </fieldset>
</div>`;
}

function box(id: string, part: DatePart): HTMLInputElement {
  const element = document.getElementById(datePartId(id, part));
  if (!(element instanceof HTMLInputElement)) throw new Error(`No ${part} box for date ${id}`);
  return element;
}

export function typedDate(id: string): TypedDate {
  return { day: box(id, "day").value, month: box(id, "month").value, year: box(id, "year").value };
}

/** Fills the boxes from "2026-11-24"; anything else leaves them empty. */
export function fillDateInput(id: string, iso: string): void {
  const typed = typedFromIso(iso);
  for (const part of dateParts) box(id, part).value = typed[part];
}

/** The date as YYYY-MM-DD, or the one message to show for it, pointing at the boxes to fix. */
export function readDateInput(
  id: string,
  label: string,
): { ok: true; iso: string } | { ok: false; error: FieldMessage } {
  const reading = readTypedDate(typedDate(id), label);
  if (reading.ok) return reading;
  const [first = "day"] = reading.parts;
  return {
    ok: false,
    error: {
      fieldId: datePartId(id, first),
      message: reading.message,
      highlight: reading.parts.map((part) => datePartId(id, part)),
    },
  };
}
