/**
 * Build-time markup for nhsuk-frontend form components, matching the package's own templates
 * (label, then hint, then the field; choices inside a fieldset with a legend).
 */

interface TextFieldOptions {
  id: string;
  label: string;
  hint?: string;
  type?: "text" | "tel" | "email";
  autocomplete?: string;
  widthClass?: string;
  spellcheck?: boolean;
}

function hint(id: string, text: string | undefined): string {
  return text ? `\n  <div class="nhsuk-hint" id="${id}-hint">${text}</div>` : "";
}

function describedBy(id: string, text: string | undefined): string {
  return text ? ` aria-describedby="${id}-hint"` : "";
}

export function textInput(o: TextFieldOptions): string {
  const attributes = [
    `class="nhsuk-input${o.widthClass ? ` ${o.widthClass}` : ""}"`,
    `id="${o.id}"`,
    `name="${o.id}"`,
    `type="${o.type ?? "text"}"`,
    o.autocomplete ? `autocomplete="${o.autocomplete}"` : "",
    o.spellcheck === false ? `spellcheck="false"` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<div class="nhsuk-form-group">
  <label class="nhsuk-label" for="${o.id}">${o.label}</label>${hint(o.id, o.hint)}
  <input ${attributes}${describedBy(o.id, o.hint)}>
</div>`;
}

export function textarea(o: { id: string; label: string; hint?: string; rows?: number }): string {
  return `<div class="nhsuk-form-group">
  <label class="nhsuk-label" for="${o.id}">${o.label}</label>${hint(o.id, o.hint)}
  <textarea class="nhsuk-textarea" id="${o.id}" name="${o.id}" rows="${o.rows ?? 3}"${describedBy(o.id, o.hint)}></textarea>
</div>`;
}

interface Choice {
  id: string;
  value: string;
  label: string;
  /** Radios only: the id of the conditional content this choice reveals. */
  conditional?: { id: string; html: string };
}

interface ChoicesOptions {
  kind: "checkboxes" | "radios";
  /** The fieldset id, used for its hint. */
  id: string;
  /** Input name: radios share one; checkboxes use their own ids. */
  name?: string;
  legend: string;
  legendSize?: "s" | "m";
  hint?: string;
  choices: Choice[];
}

export function choices(o: ChoicesOptions): string {
  const items = o.choices
    .map((c) => {
      const name = o.kind === "radios" ? o.name : c.id;
      const controls = c.conditional ? ` data-reveals="${c.conditional.id}"` : "";
      const item = `<div class="nhsuk-${o.kind}__item">
      <input class="nhsuk-${o.kind}__input" id="${c.id}" name="${name}" type="${o.kind === "radios" ? "radio" : "checkbox"}" value="${c.value}"${controls}>
      <label class="nhsuk-label nhsuk-${o.kind}__label" for="${c.id}">${c.label}</label>
    </div>`;
      if (!c.conditional) return item;
      return `${item}
    <div class="nhsuk-${o.kind}__conditional nhsuk-${o.kind}__conditional--hidden" id="${c.conditional.id}">
${c.conditional.html}
    </div>`;
    })
    .join("\n    ");
  return `<div class="nhsuk-form-group">
  <fieldset class="nhsuk-fieldset"${describedBy(o.id, o.hint)}>
    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--${o.legendSize ?? "s"}">${o.legend}</legend>${hint(o.id, o.hint)}
    <div class="nhsuk-${o.kind}" data-module="nhsuk-${o.kind}">
    ${items}
    </div>
  </fieldset>
</div>`;
}
