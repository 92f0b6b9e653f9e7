import { MeResponse, type PhbDraft, PhbDraftResponse } from "@front-door/contracts";
import { findPhbOffer, type PhbOffer } from "@front-door/domain";
import { api } from "../api.ts";
import { byId, h, render } from "../dom.ts";
import { clearErrors, showErrorSummary, showFieldError } from "../error-summary.ts";
import { type FieldMessage, fieldMessages } from "../field-errors.ts";
import { signInHref } from "../return-path.ts";
import { readSession } from "../session.ts";
import { currentPath, refreshAccount, startPage } from "../shell.ts";
import { type ApplyStep, backHref, nextHref, stepProblems } from "./apply-steps.ts";

/** What every apply page has: who is applying, their ICB's offer and the draft so far. */
export interface ApplyContext {
  me: MeResponse;
  offer: PhbOffer;
  draft: PhbDraft;
  /** Came from check your answers: Continue goes back there. */
  changing: boolean;
}

export interface ApplyPage {
  step: ApplyStep;
  /** Fills the page's fields from the draft (and builds any that depend on the offer). */
  fill(context: ApplyContext): void;
  /** The draft with this page's answers as typed now; a message for a field it cannot read. */
  read(draft: PhbDraft): { draft: PhbDraft; problems?: FieldMessage[] };
  /** The input an API field path is about. */
  fieldIdFor(path: string): string;
}

/** Says why the page cannot go on (not signed in, not a patient, no ICB) with what to do. */
export function stopWith(...children: (HTMLElement | string)[]): void {
  render(byId("apply-message"), ...children);
  byId("apply-content").hidden = true;
}

export function signInPrompt(): HTMLElement {
  return h(
    "p",
    {},
    "You need to ",
    h("a", { href: signInHref(currentPath()), id: "sign-in-to-apply" }, "sign in"),
    " to apply for a personal health budget.",
  );
}

/** Loads who is signed in, their ICB's offer and the draft; undefined when the page must stop. */
export async function loadApplyContext(): Promise<ApplyContext | undefined> {
  const session = readSession(sessionStorage);
  if (!session) {
    stopWith(signInPrompt());
    return undefined;
  }
  if (session.role !== "patient") {
    stopWith(
      h("p", {}, "Only patients, and people applying for someone they care for, can apply here."),
    );
    return undefined;
  }
  const [me, saved] = await Promise.all([
    api("/api/me", { auth: true, schema: MeResponse }),
    api("/api/me/phb/draft", { auth: true, schema: PhbDraftResponse }),
  ]);
  if (!me.ok || !saved.ok) {
    if (me.status === 401 || saved.status === 401) {
      refreshAccount();
      stopWith(signInPrompt());
      return undefined;
    }
    throw new Error((me.ok ? undefined : me.error.message) ?? "Could not load the application");
  }
  const offer = me.data.site ? findPhbOffer(me.data.site.icbId) : undefined;
  if (!offer) {
    stopWith(
      h(
        "p",
        {},
        "Your GP practice's ICB does not take personal health budget applications through Front Door yet. Contact your GP practice to find out how to apply.",
      ),
    );
    return undefined;
  }
  return {
    me: me.data,
    offer,
    draft: saved.data.draft ?? {},
    changing: new URLSearchParams(location.search).get("change") === "1",
  };
}

export function showProblems(messages: readonly FieldMessage[]): void {
  for (const message of messages)
    showFieldError(message.fieldId, message.message, message.highlight);
  showErrorSummary(byId("apply-errors"), messages);
}

/** Saves the whole draft; the answer is the API's error, shown, or nothing when saved. */
export async function saveDraft(draft: PhbDraft, fieldIdFor: (path: string) => string) {
  const saved = await api("/api/me/phb/draft", {
    method: "PUT",
    auth: true,
    body: draft,
    schema: PhbDraftResponse,
  });
  if (saved.ok) return true;
  if (saved.status === 401) {
    refreshAccount();
    stopWith(signInPrompt());
    return false;
  }
  const paths = saved.error.fields.map((f) => ({ ...f, path: f.path.replace(/^body\./, "") }));
  showProblems(fieldMessages(paths, saved.error.message, fieldIdFor));
  return false;
}

/**
 * One apply page: fill it from the saved draft, and on Continue check this page's answers with
 * the same rules the server uses, save the draft, and go on.
 */
export function startApplyPage(page: ApplyPage): void {
  let context: ApplyContext | undefined;
  startPage({
    prepare: async () => {
      context = await loadApplyContext();
      if (!context) return;
      byId<HTMLAnchorElement>("apply-back").href = backHref(page.step, context.changing);
      page.fill(context);
      byId("apply-message").replaceChildren();
      byId("apply-content").hidden = false;
    },
    run: async () => {
      if (!context) return;
      const form = byId<HTMLFormElement>("apply-form");
      const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        if (!context || button?.disabled) return;
        const current = context;
        clearErrors(byId("apply-errors"), form);
        const { draft, problems = [] } = page.read(current.draft);
        const checked = stepProblems(page.step, draft, current.offer, new Date());
        const messages = [
          ...problems,
          ...fieldMessages(checked, "", page.fieldIdFor).filter(
            (m) => !problems.some((p) => p.fieldId === m.fieldId),
          ),
        ];
        if (checked.length || problems.length) return showProblems(messages);
        if (button) button.disabled = true;
        void saveDraft(draft, page.fieldIdFor).then((ok) => {
          if (button) button.disabled = false;
          if (!ok) return;
          current.draft = draft;
          location.assign(nextHref(page.step, current.changing));
        });
      });
    },
  });
}
