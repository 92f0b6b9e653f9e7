import type { PageDefinition } from "../../layout/layout.ts";

/**
 * The frame every apply page shares: back link, error summary, a loading line (the page needs
 * the saved draft before it can show anything) and the form with its Continue button.
 */
export function applyPage(o: {
  step: string;
  title: string;
  form: string;
  button?: string;
  /** Markup after the form (the documents page's list). */
  before?: string;
}): PageDefinition {
  return {
    path: `/personal-health-budgets/apply/${o.step}/`,
    title: `${o.title} – Apply for a personal health budget`,
    script: `phb/apply-${o.step}`,
    main: `
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-two-thirds">
            <a class="nhsuk-back-link" id="apply-back" href="/personal-health-budgets/">Back</a>
            <div id="apply-errors"></div>
            <div id="apply-message" aria-live="polite"><p>Loading your application…</p></div>
            <div id="apply-content" hidden>
              <span class="nhsuk-caption-l">Apply for a personal health budget</span>
              ${o.before ?? ""}
              <form id="apply-form" novalidate>
                ${o.form}
                <button class="nhsuk-button" data-module="nhsuk-button" type="submit">${o.button ?? "Continue"}</button>
              </form>
            </div>
          </div>
        </div>`,
  };
}

/** Radios whose legend is the page's heading (the NHS one-question-per-page pattern). */
export function headingRadios(o: {
  id: string;
  name: string;
  heading: string;
  hint?: string;
  items: { id: string; value: string; label: string; hint?: string; conditional?: string }[];
}): string {
  const items = o.items
    .map((item) => {
      const hintId = `${item.id}-item-hint`;
      const conditionalId = `${item.id}-conditional`;
      return `<div class="nhsuk-radios__item">
          <input class="nhsuk-radios__input" id="${item.id}" name="${o.name}" type="radio" value="${item.value}"${item.hint ? ` aria-describedby="${hintId}"` : ""}${item.conditional ? ` data-reveals="${conditionalId}"` : ""}>
          <label class="nhsuk-label nhsuk-radios__label" for="${item.id}">${item.label}</label>${item.hint ? `\n          <div class="nhsuk-hint nhsuk-radios__hint" id="${hintId}">${item.hint}</div>` : ""}
        </div>${item.conditional ? `\n        <div class="nhsuk-radios__conditional nhsuk-radios__conditional--hidden" id="${conditionalId}">\n${item.conditional}\n        </div>` : ""}`;
    })
    .join("\n        ");
  return `<div class="nhsuk-form-group">
      <fieldset class="nhsuk-fieldset" id="${o.id}"${o.hint ? ` aria-describedby="${o.id}-hint"` : ""}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
          <h1 class="nhsuk-fieldset__heading">${o.heading}</h1>
        </legend>${o.hint ? `\n        <div class="nhsuk-hint" id="${o.id}-hint">${o.hint}</div>` : ""}
        <div class="nhsuk-radios" data-module="nhsuk-radios" id="${o.id}-radios">
        ${items}
        </div>
      </fieldset>
    </div>`;
}
