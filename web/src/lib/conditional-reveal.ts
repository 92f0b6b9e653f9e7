/**
 * Conditionally revealed questions under a radio or checkbox ("Yes" opens the carer's details),
 * as nhsuk-frontend's radios and checkboxes reveal them, without the aria-expanded their
 * scripts set on the input: the radio and checkbox roles do not allow it (axe's
 * aria-allowed-attr, which cost the profile page its accessibility 100). The revealed questions
 * follow their choice in reading order, so nothing else needs saying. The markup names the
 * content with data-reveals, not the library's data-aria-controls, so its scripts leave it be.
 */
const hiddenClass = {
  radio: "nhsuk-radios__conditional--hidden",
  checkbox: "nhsuk-checkboxes__conditional--hidden",
} as const;

/** Shows each input's revealed content while it is checked, and hides it otherwise. */
export function syncReveals(scope: ParentNode = document): void {
  for (const input of scope.querySelectorAll<HTMLInputElement>("input[data-reveals]")) {
    const target = document.getElementById(input.dataset.reveals ?? "");
    const hidden = input.type === "radio" ? hiddenClass.radio : hiddenClass.checkbox;
    target?.classList.toggle(hidden, !input.checked);
  }
}

let listening = false;

/**
 * Syncs the reveals in scope with the answers already filled in, and from then on with every
 * change: one listener for the page, as a radio's change unchecks the others in its group
 * without an event of their own. Again on pageshow, when a browser restores answers after Back.
 */
export function startReveals(scope: ParentNode = document): void {
  syncReveals(scope);
  if (listening) return;
  listening = true;
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.form) {
      syncReveals(event.target.form);
    } else syncReveals();
  });
  window.addEventListener("pageshow", () => syncReveals());
}
