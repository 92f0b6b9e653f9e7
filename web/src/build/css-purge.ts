/**
 * Keeps only the CSS rules that can match something we ship. nhsuk-frontend's compiled CSS
 * styles every component in the design system (~270 KB); a page here uses a few dozen. A style
 * rule stays when every class in one of its selectors appears somewhere in the built HTML or
 * JS; rules without classes (elements, :root, attributes), @font-face, @keyframes and the like
 * always stay. State selectors (:focus, :hover, [aria-expanded]) are never judged on their own:
 * only the class names matter, so `.nhsuk-button:focus` stays with `.nhsuk-button`.
 */

/** The class names a build may use: every word in its HTML and JS, and prefixes of words built at run time. */
export interface UsedNames {
  words: ReadonlySet<string>;
  /**
   * Starts of class names the scripts complete at run time, e.g. `nhsuk-tag--` from
   * `` `nhsuk-tag--${colour}` ``: every class starting with one of these is kept.
   */
  prefixes: readonly string[];
}

const word = /[A-Za-z_][\w-]*/g;
/** After a word ending in - or _: a template slot (`x-${`) or the end of a string joined on ("x-" + y). */
const completedLater = /^(?:\$\{|["'`]\s*\+)/;

/** What the shipped HTML and JS (their text, whole) may put in a class attribute. */
export function usedNames(texts: Iterable<string>): UsedNames {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(word)) {
      const name = match[0];
      words.add(name);
      const last = name[name.length - 1];
      if (last !== "-" && last !== "_") continue;
      const end = match.index + name.length;
      if (completedLater.test(text.slice(end, end + 8))) prefixes.add(name);
    }
  }
  return { words, prefixes: [...prefixes] };
}

function isUsed(name: string, used: UsedNames): boolean {
  return used.words.has(name) || used.prefixes.some((prefix) => name.startsWith(prefix));
}

/** Index just past the quote that closes the string opening at `start`. */
function skipString(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** Index of the first of `stops` at nesting depth 0 from `start`, outside strings and comments. */
function findTopLevel(css: string, start: number, stops: string): number {
  let depth = 0;
  let i = start;
  while (i < css.length) {
    const c = css[i] as string;
    if (c === '"' || c === "'") {
      i = skipString(css, i);
      continue;
    }
    if (c === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 2;
      continue;
    }
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (depth === 0 && stops.includes(c)) return i;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    i++;
  }
  return -1;
}

interface Block {
  prelude: string;
  /** Inside the braces; undefined for a statement such as @charset or @import. */
  body?: string;
}

function readBlocks(css: string): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const open = findTopLevel(css, i, "{;");
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    if (css[open] === ";") {
      if (prelude) blocks.push({ prelude });
      i = open + 1;
      continue;
    }
    // The matching brace: the first top-level "}" after the block's own opening brace.
    const close = findTopLevel(css, open + 1, "}");
    if (close < 0) throw new Error(`Unclosed block in CSS after "${prelude.slice(0, 60)}"`);
    blocks.push({ prelude, body: css.slice(open + 1, close) });
    i = close + 1;
  }
  return blocks;
}

/** Splits a selector list at its top-level commas (not those inside :is(), :not() or [..]). */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let rest = list;
  for (;;) {
    const comma = findTopLevel(rest, 0, ",");
    if (comma < 0) break;
    parts.push(rest.slice(0, comma));
    rest = rest.slice(comma + 1);
  }
  parts.push(rest);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Class names a selector needs, outside :not()/:is()/[…] (whose contents never rule it out). */
export function requiredClasses(selector: string): string[] {
  let outer = "";
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i] as string;
    if (c === "\\" && depth === 0) {
      outer += selector.slice(i, i + 2);
      i++;
    } else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0) outer += c;
  }
  return [...outer.matchAll(/\.((?:[\w-]|\\.)+)/g)].map((m) => (m[1] as string).replace(/\\/g, ""));
}

const groupingRules = /^@(media|supports|container|layer|document)\b/i;

function purgeBlocks(css: string, used: UsedNames): string {
  let out = "";
  for (const { prelude, body } of readBlocks(css)) {
    if (body === undefined) {
      out += `${prelude};`;
    } else if (groupingRules.test(prelude)) {
      const inner = purgeBlocks(body, used);
      if (inner) out += `${prelude}{${inner}}`;
    } else if (prelude.startsWith("@")) {
      // @font-face, @keyframes, @page, @property: kept whole.
      out += `${prelude}{${body}}`;
    } else {
      const kept = splitSelectors(prelude).filter((selector) =>
        requiredClasses(selector).every((name) => isUsed(name, used)),
      );
      if (kept.length) out += `${kept.join(",")}{${body}}`;
    }
  }
  return out;
}

/** The stylesheet less the rules no shipped HTML or JS can match. */
export function purgeCss(css: string, used: UsedNames): string {
  return purgeBlocks(css, used);
}
