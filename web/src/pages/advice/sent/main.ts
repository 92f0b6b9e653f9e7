import { MyAdviceRequestResponse } from "@front-door/contracts";
import { readConfirmation } from "../../../lib/advice/advice-words.ts";
import { api } from "../../../lib/api.ts";
import { byId, focusElement, h, render } from "../../../lib/dom.ts";
import { formatWeekdayDate } from "../../../lib/format.ts";
import { informationInset } from "../../../lib/inset.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { currentPath, startPage } from "../../../lib/shell.ts";

const params = new URLSearchParams(location.search);
const requestId = params.get("request") ?? "";

const threadHref = (id: string) => `/advice/request/?id=${encodeURIComponent(id)}`;

function panel(reference: string): HTMLElement {
  return h(
    "div",
    { class: "nhsuk-panel", id: "sent-panel" },
    h("h1", { class: "nhsuk-panel__title", id: "sent-heading" }, "Request sent"),
    h(
      "div",
      { class: "nhsuk-panel__body" },
      "Your reference is",
      h("br"),
      h("strong", { id: "sent-reference" }, reference),
    ),
  );
}

/**
 * What happens next and by when, in the words and dates the API gave when it was sent (kept in
 * this tab); after a reload elsewhere, the reply date the request itself carries.
 */
startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return location.replace(signInHref(currentPath()));
    const kept = readConfirmation(sessionStorage, requestId);
    const result = await api(`/api/me/advice/requests/${encodeURIComponent(requestId)}`, {
      auth: true,
      schema: MyAdviceRequestResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return location.replace(signInHref(currentPath()));
      return render(
        byId("sent-message"),
        h("p", {}, "We could not find that request."),
        h("p", {}, h("a", { href: "/advice/requests/" }, "See your requests")),
      );
    }
    const request = result.data.request;
    const promise = kept
      ? [kept.whatHappensNext.text, kept.reply.text]
      : [`You should have a reply by the end of ${formatWeekdayDate(request.replyDueDate)}.`];
    const safetyNetting = kept?.safetyNetting ?? [
      "If you get worse, or you are worried, do not wait for a reply: call 111 or go to 111.nhs.uk.",
      "In an emergency, call 999.",
    ];
    render(
      byId("sent-content"),
      panel(request.reference),
      params.get("notMeant") === "1"
        ? informationInset("not-meant-recorded", [
            "We have told your practice that what you wrote was not meant as an emergency. They will still treat your request as urgent.",
          ])
        : undefined,
      h("h2", {}, "What happens next"),
      h("ul", { id: "what-happens-next" }, ...promise.map((line) => h("li", {}, line))),
      h(
        "p",
        {},
        "Your practice may reply with advice, ask you a question, or offer you an appointment. Their replies appear in ",
        h("a", { href: threadHref(request.id), id: "sent-thread-link" }, "this request"),
        ". We will tell you when there is a new message, if you have said we may contact you.",
      ),
      h("h2", {}, "If you feel worse"),
      h("ul", { id: "safety-netting" }, ...safetyNetting.map((line) => h("li", {}, line))),
      h("p", {}, h("a", { href: "/advice/requests/" }, "See all your requests")),
    );
    byId("sent-message").replaceChildren();
    byId("sent-content").hidden = false;
    focusElement(byId("sent-heading"));
  },
});
