/**
 * Words the ICB deploying Front Door must replace with its own (its name, contact details, data
 * protection officer). Marked as such on the page, so a copy nobody has filled in says so
 * plainly rather than pretending.
 */
export function deployerNote(text: string): string {
  return `<div class="nhsuk-inset-text app-deployer-note">
              <span class="nhsuk-u-visually-hidden">Information: </span>
              <p><strong>To be filled in by the ICB running this service.</strong> ${text}</p>
            </div>`;
}
