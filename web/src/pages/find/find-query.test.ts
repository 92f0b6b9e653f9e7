import { serviceCatalogue } from "@front-door/contracts";
import { describe, expect, it } from "vitest";
import {
  findFieldId,
  groupServices,
  readFindQuery,
  resultsHeading,
  sitesApiPath,
} from "./find-query.ts";

describe("the search in the URL", () => {
  it("is absent on a first visit", () => {
    expect(readFindQuery("")).toBeUndefined();
  });

  it("is read back trimmed, even when a field was left empty", () => {
    expect(readFindQuery("?postcode=+ls12+3ab+&service=podiatry")).toEqual({
      postcode: "ls12 3ab",
      service: "podiatry",
    });
    expect(readFindQuery("?postcode=")).toEqual({ postcode: "", service: "" });
  });

  it("is passed to the API encoded", () => {
    expect(sitesApiPath({ postcode: "LS12 3AB", service: "chest-x-ray" })).toBe(
      "/api/sites?postcode=LS12+3AB&service=chest-x-ray",
    );
  });
});

describe("find page wording and fields", () => {
  it("points API field errors at the form's two fields", () => {
    expect(findFieldId("service")).toBe("service");
    expect(findFieldId("postcode")).toBe("postcode");
    expect(findFieldId("")).toBe("postcode");
  });

  it("counts places in words", () => {
    expect(resultsHeading(1, "LS12 3AB")).toBe("1 place near LS12 3AB");
    expect(resultsHeading(3, "LS12 3AB")).toBe("3 places near LS12 3AB");
  });

  it("groups every catalogue service under a plain-English heading", () => {
    const groups = groupServices([...serviceCatalogue]);
    expect(groups.map((g) => g.label)).toEqual([
      "Same-day appointments",
      "Advice from your GP practice",
      "Refer yourself",
      "Tests and scans",
    ]);
    expect(groups.flatMap((g) => g.services)).toHaveLength(serviceCatalogue.length);
  });
});
