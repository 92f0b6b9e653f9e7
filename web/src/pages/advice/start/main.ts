import { AdvicePracticeStatus } from "@front-door/contracts";
import { opensAgainWords } from "../../../lib/advice/advice-words.ts";
import { api } from "../../../lib/api.ts";
import { byId, h, render } from "../../../lib/dom.ts";
import { informationInset } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

type Status = AdvicePracticeStatus;

const days = (n: number) => (n === 1 ? "1 working day" : `${n} working days`);

/** The promise in working days; the contract's defaults where the practice has not said. */
function promise(status: Status): string {
  const next = status.targets?.nextStepWorkingDays ?? 1;
  const reply = status.targets?.replyWorkingDays ?? 2;
  return `${status.site.name} will tell you what happens next within ${days(next)}, and aims to reply within ${days(reply)}. Working days are Monday to Friday, not bank holidays.`;
}

/** Where to go now, each with its link when it has one (111 online, 999). */
function whereToGo(status: Status): HTMLElement {
  return h(
    "ul",
    { class: "nhsuk-list nhsuk-list--border", id: "where-to-go-now" },
    ...status.whereToGoNow.map((place) =>
      h(
        "li",
        {},
        place.href ? h("a", { href: place.href }, place.title) : h("strong", {}, place.title),
        h("br"),
        place.description,
      ),
    ),
  );
}

/**
 * Closed: when it opens again, in words, and where to go meanwhile — the practice's own words
 * first when it has set some. Never "try again at 8am": the next opening is a date and a time.
 */
function showClosed(status: Status): void {
  render(byId("advice-start-heading"), `${status.site.name} is closed for online requests`);
  const when = status.opensNext
    ? h(
        "p",
        { id: "opens-next", class: "nhsuk-body-l" },
        `It opens again on ${opensAgainWords(status.opensNext)}.`,
      )
    : h(
        "p",
        { id: "opens-next" },
        "It is not taking online requests at the moment. Contact the practice by phone.",
      );
  render(
    byId("advice-closed"),
    when,
    // The practice's own wording, as text: whatever it contains, it is never markup.
    status.closedMessage
      ? h(
          "div",
          { class: "nhsuk-inset-text", id: "closed-message" },
          h("p", {}, status.closedMessage),
        )
      : undefined,
    h("h2", { class: "nhsuk-heading-m" }, "If you need help before then"),
    whereToGo(status),
  );
  byId("advice-closed").hidden = false;
}

function showOpen(status: Status): void {
  byId("advice-promise").textContent = promise(status);
  if (!status.open) {
    // Closed, but this practice takes requests anyway: say nobody reads them until it opens.
    render(
      byId("advice-after-hours"),
      informationInset("after-hours", [
        status.opensNext
          ? `The practice is closed now. It will read your request after it opens on ${opensAgainWords(status.opensNext)}.`
          : "The practice is closed now. It will read your request when it opens.",
      ]),
    );
  }
  byId("advice-open").hidden = false;
}

startPage({
  run: async () => {
    const session = readSession(sessionStorage);
    if (session?.role !== "patient") {
      byId("advice-start-message").replaceChildren();
      byId<HTMLAnchorElement>("advice-sign-in-button").href = signInHref("/advice/");
      byId("advice-sign-in").hidden = false;
      return;
    }
    const result = await api("/api/me/advice/practice", {
      auth: true,
      schema: AdvicePracticeStatus,
    });
    if (!result.ok) {
      if (result.status === 401) return location.replace(signInHref("/advice/"));
      // No practice on record, for instance: the API's own words, and the way round it.
      render(
        byId("advice-start-message"),
        h("p", { id: "advice-unavailable" }, result.error.message),
        h("p", {}, "Contact your GP practice by phone, or go to 111.nhs.uk if you need help now."),
      );
      return;
    }
    byId("advice-start-message").replaceChildren();
    const status = result.data;
    if (status.acceptingRequests) showOpen(status);
    else showClosed(status);
    byId("advice-your-requests").hidden = false;
  },
});
