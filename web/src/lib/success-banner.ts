import { focusElement, h } from "./dom.ts";

/**
 * The NHS success notification banner, filled into `container` and focused, so a screen reader
 * user hears what just happened and a keyboard user carries on from the top of the page.
 */
export function showSuccessBanner(container: HTMLElement, heading: string, detail?: string): void {
  const banner = h(
    "div",
    {
      class: "nhsuk-notification-banner nhsuk-notification-banner--success",
      role: "alert",
      "aria-labelledby": "success-banner-title",
      id: "success-banner",
    },
    h(
      "div",
      { class: "nhsuk-notification-banner__header" },
      h("h2", { class: "nhsuk-notification-banner__title", id: "success-banner-title" }, "Success"),
    ),
    h(
      "div",
      { class: "nhsuk-notification-banner__content" },
      h("h3", { class: "nhsuk-notification-banner__heading" }, heading),
      detail && h("p", { class: "nhsuk-body" }, detail),
    ),
  );
  container.replaceChildren(banner);
  focusElement(banner);
}
