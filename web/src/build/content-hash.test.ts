import { describe, expect, it } from "vitest";
import { contentHash, hashedName, unhashedFiles } from "./content-hash.ts";

describe("hashedName", () => {
  it("names a file by its content: same bytes, same name; one byte changed, another name", () => {
    const a = hashedName("css", "main", "css", "body{margin:0}");
    expect(a).toMatch(/^css\/main-[A-Z2-7]{8}\.css$/);
    expect(hashedName("css", "main", "css", "body{margin:0}")).toBe(a);
    expect(hashedName("css", "main", "css", "body{margin:1}")).not.toBe(a);
    expect(contentHash(Buffer.from("body{margin:0}"))).toBe(contentHash("body{margin:0}"));
  });
});

describe("unhashedFiles", () => {
  it("lists files under js/ and css/ whose names carry no content hash", () => {
    expect(
      unhashedFiles([
        "index.html",
        "assets/images/favicon.ico",
        "css/main-LDCD6O2C.css",
        "js/home-WWDVWPSA.js",
        "js/home-WWDVWPSA.js.map",
        "js/chunks/chunk-4QHSR6M7.js",
        "js/chunks/chunk-4QHSR6M7.js.LEGAL.txt",
        "css/nhsuk-frontend-10.6.1.min.css",
        "js/home.js",
      ]),
    ).toEqual(["css/nhsuk-frontend-10.6.1.min.css", "js/home.js"]);
  });
});
