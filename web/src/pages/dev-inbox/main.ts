import { type DevInbox, DevInboxResponse, type PatientMessage } from "@front-door/contracts";
import { api } from "../../lib/api.ts";
import { byId, h, render, summaryList } from "../../lib/dom.ts";
import { formatUkMobile } from "../../lib/format.ts";
import { startPage } from "../../lib/shell.ts";
import {
  describeChannels,
  describeKind,
  describeStatus,
  firstName,
  formatSentAt,
} from "./inbox-format.ts";

function messageCard(message: PatientMessage): HTMLElement {
  return h(
    "li",
    {},
    h(
      "div",
      { class: "nhsuk-card", "data-message-id": message.id },
      h(
        "div",
        { class: "nhsuk-card__content" },
        h("h3", { class: "nhsuk-card__heading nhsuk-heading-s" }, describeKind(message.kind)),
        summaryList(
          [
            { key: "When", value: formatSentAt(message.createdAt) },
            { key: "How", value: describeChannels(message) },
            { key: "Status", value: describeStatus(message) },
            { key: "Message", value: message.text },
          ],
          { inCard: true },
        ),
      ),
    ),
  );
}

function patientSection(inbox: DevInbox): HTMLElement {
  const headingId = `inbox-${inbox.patientId}-heading`;
  const { mobile, email } = inbox.contact;
  return h(
    "section",
    { "aria-labelledby": headingId, "data-patient-id": inbox.patientId },
    h("h2", { id: headingId }, inbox.user.displayName),
    summaryList([
      { key: "Texts go to", value: mobile ? formatUkMobile(mobile) : "No mobile number" },
      { key: "Emails go to", value: email ?? "No email address" },
    ]),
    inbox.messages.length
      ? h(
          "ol",
          { class: "app-result-list", "aria-label": `Messages sent to ${inbox.user.displayName}` },
          ...inbox.messages.map(messageCard),
        )
      : h("p", {}, `Nothing sent to ${firstName(inbox.user.displayName)} yet.`),
  );
}

startPage({
  run: async () => {
    const content = byId("inbox-content");
    const result = await api("/api/dev/inbox", { schema: DevInboxResponse });
    if (!result.ok) {
      // In AWS the route does not exist: say why rather than show a bare error.
      render(
        content,
        h(
          "p",
          {},
          `We could not load the messages. This page works only when the service runs locally. ${result.error.message}`,
        ),
      );
      return;
    }
    render(content, ...result.data.inboxes.map(patientSection));
  },
});
