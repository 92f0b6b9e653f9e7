import { selfReferralServices } from "@front-door/domain";
import { describe, expect, it } from "vitest";
import { demoIcbs, demoSites } from "./demo-sites.ts";

describe("the self-referral catalogue against the demo sites", () => {
  it.each(selfReferralServices.map((s) => [s.id, s] as const))(
    "%s is at a real demo site, in that site's ICB, which offers its service",
    (_id, service) => {
      const site = demoSites.find((s) => s.id === service.siteId);
      expect(site, service.siteId).toBeDefined();
      expect(site?.icbId).toBe(service.icbId);
      expect(site?.services).toContain(service.serviceCode);
      const icbIds = demoIcbs.map((icb) => icb.id);
      for (const icbId of service.whoCanRefer.catchmentIcbIds) expect(icbIds).toContain(icbId);
    },
  );
});
