import { MyAdviceRequestsResponse } from "@front-door/contracts";
import { statusLabels } from "../../../lib/advice/advice-words.ts";
import { api } from "../../../lib/api.ts";
import { byId, h, render, summaryList } from "../../../lib/dom.ts";
import { formatWeekdayDate } from "../../../lib/format.ts";
import { formatLondonDate } from "../../../lib/referrals.ts";
import { signInHref } from "../../../lib/return-path.ts";
import { readSession } from "../../../lib/session.ts";
import { startPage } from "../../../lib/shell.ts";

type Headline = MyAdviceRequestsResponse["requests"][number];

const sendToSignIn = () => location.replace(signInHref("/advice/requests/"));

function card(request: Headline): HTMLElement {
  const status = statusLabels[request.status];
  return h(
    "li",
    { "data-request-id": request.requestId, "data-reference": request.reference },
    h(
      "div",
      { class: "nhsuk-card" },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h(
          "h2",
          { class: "nhsuk-card__heading nhsuk-heading-s" },
          h(
            "a",
            { href: `/advice/request/?id=${encodeURIComponent(request.requestId)}` },
            `${request.category === "admin" ? "Admin request" : "Medical request"} ${request.reference}`,
          ),
        ),
        summaryList(
          [
            { key: "For", value: request.subjectKind === "self" ? "You" : "Someone you care for" },
            {
              key: "Status",
              value: h("strong", { class: `nhsuk-tag ${status.tag}` }, status.text),
            },
            { key: "Sent", value: formatLondonDate(request.submittedAt) },
            ...(request.status === "closed"
              ? []
              : [{ key: "Reply due by", value: formatWeekdayDate(request.replyDueDate) }]),
          ],
          { inCard: true },
        ),
      ),
    ),
  );
}

startPage({
  run: async () => {
    if (!readSession(sessionStorage)) return sendToSignIn();
    const result = await api("/api/me/advice/requests", {
      auth: true,
      schema: MyAdviceRequestsResponse,
    });
    if (!result.ok) {
      if (result.status === 401) return sendToSignIn();
      throw new Error(result.error.message);
    }
    const { requests } = result.data;
    render(
      byId("requests-content"),
      requests.length
        ? h("ul", { class: "app-result-list", id: "advice-requests" }, ...requests.map(card))
        : h(
            "p",
            { id: "no-requests" },
            "You have not sent your GP practice any requests here yet.",
          ),
    );
    byId("requests-message").replaceChildren();
    byId("requests-content").hidden = false;
  },
});
