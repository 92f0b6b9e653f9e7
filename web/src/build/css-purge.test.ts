import { describe, expect, it } from "vitest";
import { purgeCss, requiredClasses, usedNames } from "./css-purge.ts";

const css = [
  ":root{--brand:#005eb8}",
  "body{margin:0}",
  ".nhsuk-button{color:red}",
  ".nhsuk-button:focus,.nhsuk-button:hover{outline:3px solid}",
  ".nhsuk-tabs{display:flex}",
  ".nhsuk-tabs__item,.nhsuk-tag--green{color:green}",
  "@media (min-width:40em){.nhsuk-tabs{gap:1em}.nhsuk-button{width:auto}}",
  "@media print{.nhsuk-tabs{display:none}}",
  ".js-enabled .nhsuk-radios__conditional--hidden{display:none}",
  ".nhsuk-input:not(.nhsuk-unused){border:2px}",
  '[href$=".pdf"]::after{content:"{ pdf }"}',
  "@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}",
  ".nhsuk-u-width-one-half\\@desktop{width:50%}",
].join("");

describe("purgeCss", () => {
  const used = usedNames([
    '<button class="nhsuk-button" type="submit">Save</button><input class="nhsuk-input">',
    'el.classList.add("nhsuk-radios__conditional--hidden");document.body.className+=" js-enabled";',
    // A bundled script's template literal, as text.
    ["h('strong',{class:`nhsuk-tag nhsuk-tag--$", "{colour}`})"].join(""),
  ]);
  const out = purgeCss(css, used);

  it("keeps rules for classes the HTML uses, with their :focus and :hover states", () => {
    expect(out).toContain(".nhsuk-button{color:red}");
    expect(out).toContain(".nhsuk-button:focus,.nhsuk-button:hover{outline:3px solid}");
    expect(out).toContain("@media (min-width:40em){.nhsuk-button{width:auto}}");
  });

  it("keeps classes the scripts add at run time, and names they complete from a prefix", () => {
    expect(out).toContain(".js-enabled .nhsuk-radios__conditional--hidden{display:none}");
    expect(out).toContain(".nhsuk-tag--green{color:green}");
  });

  it("drops rules for classes nothing uses, and @media blocks left empty", () => {
    expect(out).not.toContain("nhsuk-tabs");
    expect(out).not.toContain("@media print");
    expect(out).not.toContain("one-half");
  });

  it("keeps rules with no classes, at-rules it cannot judge, and strings with braces intact", () => {
    expect(out).toContain(":root{--brand:#005eb8}");
    expect(out).toContain("body{margin:0}");
    expect(out).toContain('[href$=".pdf"]::after{content:"{ pdf }"}');
    expect(out).toContain("@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}");
  });

  it("does not let a class inside :not() rule a selector out", () => {
    expect(out).toContain(".nhsuk-input:not(.nhsuk-unused){border:2px}");
  });
});

describe("requiredClasses", () => {
  it("reads escaped class names and ignores attribute values and functional pseudo-classes", () => {
    expect(requiredClasses(".a\\@desktop .b:is(.c,.d)[title='.e']")).toEqual(["a@desktop", "b"]);
  });
});
