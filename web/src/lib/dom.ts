/**
 * A tiny element builder. Text always goes in as text nodes (never innerHTML), so data from the
 * API cannot become markup.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function visuallyHidden(text: string): HTMLSpanElement {
  return h("span", { class: "nhsuk-u-visually-hidden" }, text);
}

/** The page's own markup guarantees these ids: a missing one is a build mistake, so say which. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element as T;
}

/** A summary list (dl) from key/value rows, as nhsuk-frontend renders it. */
export function summaryList(
  rows: readonly { key: string; value: Child | Child[] }[],
  options: { inCard?: boolean } = {},
): HTMLElement {
  return h(
    "dl",
    {
      class: options.inCard
        ? "nhsuk-summary-list nhsuk-summary-list--no-last-row-border"
        : "nhsuk-summary-list",
    },
    ...rows.map(({ key, value }) =>
      h(
        "div",
        { class: "nhsuk-summary-list__row" },
        h("dt", { class: "nhsuk-summary-list__key" }, key),
        h(
          "dd",
          { class: "nhsuk-summary-list__value" },
          ...(Array.isArray(value) ? value : [value]),
        ),
      ),
    ),
  );
}

/** Moves focus to a heading or panel that is not normally focusable, for screen reader users. */
export function focusElement(element: HTMLElement): void {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus();
}
