import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../questionnaire-load.ts";
import { answerableItems } from "../questionnaire-model.ts";
import { demoIcbIds, demoSiteIds } from "./demo-area.ts";
import { findSelfReferralService, selfReferralServices } from "./index.ts";

describe("the self-referral catalogue", () => {
  it.each(selfReferralServices.map((s) => [s.id, s] as const))(
    "%s: its questionnaire passes loadQuestionnaire",
    (_id, service) => {
      expect(() => loadQuestionnaire(service.questionnaire)).not.toThrow();
    },
  );

  it("has at least seven services, with unique ids, including a diagnostic centre test", () => {
    const ids = selfReferralServices.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(selfReferralServices.some((s) => s.siteId === demoSiteIds.wakefieldCdc)).toBe(true);
  });

  it("covers the services the issue names", () => {
    expect(new Set(selfReferralServices.map((s) => s.serviceCode))).toEqual(
      new Set([
        "physiotherapy",
        "audiology",
        "podiatry",
        "talking-therapies",
        "weight-management",
        "stop-smoking",
        "falls-prevention",
        "chest-x-ray",
      ]),
    );
  });

  it("places every service at a demo site, in a demo ICB, taking patients from demo ICBs", () => {
    const sites = Object.values(demoSiteIds) as string[];
    const icbs = Object.values(demoIcbIds) as string[];
    for (const service of selfReferralServices) {
      expect(sites).toContain(service.siteId);
      expect(icbs).toContain(service.icbId);
      expect(service.whoCanRefer.catchmentIcbIds.length).toBeGreaterThan(0);
      for (const icb of service.whoCanRefer.catchmentIcbIds) expect(icbs).toContain(icb);
      expect(service.informationNeeded).toEqual(
        expect.arrayContaining(["name", "date-of-birth", "nhs-number"]),
      );
    }
  });

  it("gives every service an age range with somewhere to go if outside it", () => {
    for (const service of selfReferralServices) {
      expect(service.whoCanRefer.minAgeYears).toBeGreaterThan(0);
      expect(service.whoCanRefer.outsideAgeSignpost.length).toBeGreaterThan(10);
    }
  });

  it("asks every required question in plain words, with a question mark or an instruction", () => {
    for (const service of selfReferralServices) {
      for (const item of answerableItems(service.questionnaire)) {
        expect(item.text, `${service.id} ${item.linkId}`).toMatch(/\?$|^Tell us/);
      }
    }
  });

  it("puts a hint on every required free-text question that nobody reads it straight away", () => {
    for (const service of selfReferralServices) {
      for (const item of answerableItems(service.questionnaire)) {
        if (item.type === "text" && item.required) expect(item.hint).toContain("999");
      }
    }
  });

  it("finds a service by id", () => {
    expect(findSelfReferralService("wakefield-cdc-chest-x-ray")?.serviceCode).toBe("chest-x-ray");
    expect(findSelfReferralService("nope")).toBeUndefined();
  });
});
