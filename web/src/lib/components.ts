import { Header } from "nhsuk-frontend/dist/nhsuk/components/header/header.mjs";
import { SkipLink } from "nhsuk-frontend/dist/nhsuk/components/skip-link/skip-link.mjs";
import { startReveals } from "./conditional-reveal.ts";

interface ComponentClass {
  moduleName: string;
  new (root: Element): object;
}

/**
 * nhsuk-frontend's components, each loaded only on a page that has one. The package's
 * initAll() would bring all fourteen (about 44 KB of minified script) to every page; the header
 * and skip link are on every page, so they come with the shared code, and the rest are fetched
 * when the page holds their data-module. Imported from their own files, never from the
 * package's index, whose initAll refers to every component. Names written out whole: the
 * build keeps the CSS of the class names it can read in the scripts.
 */
const onDemand: Record<string, () => Promise<ComponentClass>> = {
  "nhsuk-button": () =>
    import("nhsuk-frontend/dist/nhsuk/components/button/button.mjs").then((m) => m.Button),
  "nhsuk-character-count": () =>
    import("nhsuk-frontend/dist/nhsuk/components/character-count/character-count.mjs").then(
      (m) => m.CharacterCount,
    ),
  "nhsuk-checkboxes": () =>
    import("nhsuk-frontend/dist/nhsuk/components/checkboxes/checkboxes.mjs").then(
      (m) => m.Checkboxes,
    ),
  "nhsuk-code": () =>
    import("nhsuk-frontend/dist/nhsuk/components/code/code.mjs").then((m) => m.Code),
  "nhsuk-error-summary": () =>
    import("nhsuk-frontend/dist/nhsuk/components/error-summary/error-summary.mjs").then(
      (m) => m.ErrorSummary,
    ),
  "nhsuk-file-upload": () =>
    import("nhsuk-frontend/dist/nhsuk/components/file-upload/file-upload.mjs").then(
      (m) => m.FileUpload,
    ),
  "nhsuk-notification-banner": () =>
    import("nhsuk-frontend/dist/nhsuk/components/notification-banner/notification-banner.mjs").then(
      (m) => m.NotificationBanner,
    ),
  "nhsuk-password-input": () =>
    import("nhsuk-frontend/dist/nhsuk/components/password-input/password-input.mjs").then(
      (m) => m.PasswordInput,
    ),
  "nhsuk-radios": () =>
    import("nhsuk-frontend/dist/nhsuk/components/radios/radios.mjs").then((m) => m.Radios),
  "nhsuk-scroll": () =>
    import("nhsuk-frontend/dist/nhsuk/components/scroll/scroll.mjs").then((m) => m.Scroll),
  "nhsuk-table": () =>
    import("nhsuk-frontend/dist/nhsuk/components/tables/table.mjs").then((m) => m.Table),
  "nhsuk-tabs": () =>
    import("nhsuk-frontend/dist/nhsuk/components/tabs/tabs.mjs").then((m) => m.Tabs),
};

/** Like the package's createAll: one element's failure (already started, unsupported) is logged. */
function startEach(Component: ComponentClass, scope: ParentNode): void {
  for (const root of scope.querySelectorAll(`[data-module="${Component.moduleName}"]`)) {
    try {
      new Component(root);
    } catch (error) {
      console.log(error);
    }
  }
}

/** The width and shown links each header last laid its navigation out for. */
const laidOutFor = new WeakMap<Header, string>();

/**
 * nhsuk-frontend's header lays out its navigation when it starts and again a frame later, when
 * its ResizeObserver first reports: each pass moves every link back and measures it, a forced
 * layout per link (16), and the second pass at load was a 50 ms task on a slowed phone that
 * found the same width and links as the first (issue 13). A pass is skipped when neither the
 * list's width nor which links are shown has changed since the last, which is when it would
 * change nothing: the links' text is fixed and the page loads no web fonts.
 */
class SiteHeader extends Header {
  /**
   * The package moves each link back before the menu item and measures it: a forced layout per
   * link. When every link is already there, in order (as the page is served, before any has gone
   * into the menu), the moves change nothing, so only the measuring is done: one layout. Widths
   * do not depend on a link's place in the list (no first- or last-child rules there).
   */
  override resetNavigation(): void {
    const { $menu, $navigationList, breakpoints } = this;
    const inPlace =
      $menu !== null &&
      $navigationList !== null &&
      breakpoints.every(
        ({ element }, i) =>
          element.parentElement === $navigationList &&
          element.nextElementSibling === (breakpoints[i + 1]?.element ?? $menu),
      );
    if (!inPlace || !$navigationList) {
      super.resetNavigation();
      return;
    }
    let right = 0;
    for (const breakpoint of breakpoints) {
      right += breakpoint.element.offsetWidth;
      breakpoint.right = right;
    }
    this.width = $navigationList.offsetWidth;
  }

  override updateNavigation(): void {
    const list = this.$navigationList;
    const shown = Array.from(this.$navigationItems ?? [], (item) => (item.hidden ? 0 : 1));
    const layout = list ? `${list.offsetWidth}:${shown.join("")}` : "";
    if (layout && laidOutFor.get(this) === layout) return;
    super.updateNavigation();
    laidOutFor.set(this, layout);
  }
}

/**
 * The header and skip link, on every page. Started before the page draws its content: the
 * header measures its menu items (offsetWidth), which forces a layout of the whole document,
 * so measured first it lays out the header alone, not a day list or a dashboard twice.
 */
export function startShellComponents(): void {
  startEach(SiteHeader, document);
  startEach(SkipLink, document);
}

/**
 * Starts the nhsuk-frontend components in scope (the page, or a part drawn later) as the
 * package's initAll() does, fetching the scripts of those the page has. The header and skip
 * link are started apart, by startShellComponents.
 */
export async function startComponents(scope: ParentNode = document): Promise<void> {
  startReveals(scope);
  const loaded = await Promise.all(loadPresent(scope));
  for (const Component of loaded) if (Component) startEach(Component, scope);
}

const loads = new Map<string, Promise<ComponentClass | undefined>>();

/** Each component's script is fetched once; a failure is logged and that component skipped. */
function loadPresent(scope: ParentNode): Promise<ComponentClass | undefined>[] {
  return Object.entries(onDemand)
    .filter(([module]) => scope.querySelector(`[data-module="${module}"]`))
    .map(([module, load]) => {
      let loading = loads.get(module);
      if (!loading) {
        loading = load().catch((error: unknown) => {
          console.error(error);
          return undefined;
        });
        loads.set(module, loading);
      }
      return loading;
    });
}

/**
 * Starts fetching the scripts of the components the page is served with, while the page's
 * script reads what it needs: by the time it has drawn, they are usually here, and the page is
 * ready (its forms wired) without waiting on another fetch.
 */
export function preloadComponents(): void {
  void loadPresent(document);
}
