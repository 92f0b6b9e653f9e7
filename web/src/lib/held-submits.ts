/**
 * A form with no `action` is one the page's script sends. Submitted natively, its answers would
 * go into the address bar, the browser's history and the CDN's logs as a GET. This keeps every
 * such submission in the page: one made before the script is ready (a click while the page is
 * still loading) is held and made again once it is, so nothing typed is lost or leaked.
 *
 * Call it first thing; call what it returns when the page's script has wired its forms. That
 * also marks the page ready (`data-ready` on the body), which the browser tests wait for.
 */
export function holdSubmitsUntilReady(): () => void {
  const held = new Map<HTMLFormElement, HTMLElement | null>();
  let ready = false;
  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.hasAttribute("action")) return;
      event.preventDefault();
      if (!ready) held.set(form, event.submitter);
    },
    { capture: true },
  );
  return () => {
    ready = true;
    document.body.dataset.ready = "true";
    for (const [form, submitter] of held) {
      if (form.isConnected) form.requestSubmit(submitter?.isConnected ? submitter : null);
    }
    held.clear();
  };
}
