import { phbRoutesOf } from "@front-door/domain";
import { byId, h } from "../../../lib/dom.ts";
import { startApplyPage } from "../../../lib/phb/apply-page.ts";

const radioId = (routeId: string) => `route-${routeId}`;

startApplyPage({
  step: "route",
  fill: ({ offer, draft }) => {
    const routes = phbRoutesOf(offer);
    const radio = (route: (typeof routes)[number]) =>
      h(
        "div",
        { class: "nhsuk-radios__item" },
        h("input", {
          class: "nhsuk-radios__input",
          id: radioId(route.id),
          name: "route",
          type: "radio",
          value: route.id,
          "aria-describedby": `${radioId(route.id)}-hint`,
          checked: draft.routeId === route.id,
        }),
        h(
          "label",
          { class: "nhsuk-label nhsuk-radios__label", for: radioId(route.id) },
          route.name,
        ),
        h(
          "div",
          { class: "nhsuk-hint nhsuk-radios__hint", id: `${radioId(route.id)}-hint` },
          route.legalRight
            ? `${route.description} You have a legal right to a budget.`
            : route.description,
        ),
      );
    const rights = routes.filter((r) => r.legalRight);
    const local = routes.filter((r) => !r.legalRight);
    byId("route-radios").replaceChildren(
      ...rights.map(radio),
      h("div", { class: "nhsuk-radios__divider" }, "or"),
      ...local.map(radio),
    );
  },
  read: (draft) => {
    const chosen = document.querySelector<HTMLInputElement>('input[name="route"]:checked');
    const { routeId: _earlier, ...rest } = draft;
    return { draft: chosen ? { ...rest, routeId: chosen.value } : rest };
  },
  fieldIdFor: () => {
    const first = document.querySelector<HTMLInputElement>('input[name="route"]');
    return first?.id ?? "route";
  },
});
