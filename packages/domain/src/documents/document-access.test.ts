import { describe, expect, it } from "vitest";
import { canReadDocument, type DocumentAttachment } from "./document-access.ts";

const owner = { role: "patient", userId: "u-owner" };
const otherPatient = { role: "patient", userId: "u-other" };
const armleyReceptionist = { role: "receptionist", userId: "u-r", siteId: "site-armley" };
const otherClinician = { role: "clinician", userId: "u-c", siteId: "site-elsewhere" };
const analyst = { role: "icb-analyst", userId: "u-a", icbId: "icb-west-yorkshire" };
const advice: DocumentAttachment = {
  kind: "advice-request",
  id: "adv-1",
  scope: { siteId: "site-armley" },
};
const phb: DocumentAttachment = {
  kind: "phb-application",
  id: "phb-1",
  scope: { icbId: "icb-west-yorkshire" },
};

describe("canReadDocument", () => {
  it("lets the owner read, attached or not, and nobody else while unattached", () => {
    expect(canReadDocument(owner, { ownerUserId: "u-owner" })).toBe(true);
    expect(canReadDocument(owner, { ownerUserId: "u-owner", attachedTo: advice })).toBe(true);
    for (const reader of [otherPatient, armleyReceptionist, analyst]) {
      expect(canReadDocument(reader, { ownerUserId: "u-owner" })).toBe(false);
    }
  });

  it("lets the practice read an advice request's attachment, and no other practice", () => {
    const document = { ownerUserId: "u-owner", attachedTo: advice };
    expect(canReadDocument(armleyReceptionist, document)).toBe(true);
    expect(canReadDocument(otherClinician, document)).toBe(false);
    expect(canReadDocument(otherPatient, document)).toBe(false);
    expect(canReadDocument(analyst, document)).toBe(false);
  });

  it("lets the ICB's PHB team read a PHB application's attachment, and no other ICB's or role", () => {
    const document = { ownerUserId: "u-owner", attachedTo: phb };
    const team = { role: "phb-team", userId: "u-t", icbId: "icb-west-yorkshire" };
    expect(canReadDocument(team, document)).toBe(true);
    expect(canReadDocument({ ...team, icbId: "icb-elsewhere" }, document)).toBe(false);
    expect(canReadDocument(analyst, document)).toBe(false);
    expect(canReadDocument({ ...armleyReceptionist, icbId: "icb-west-yorkshire" }, document)).toBe(
      false,
    );
    // Nor an advice request's: that is the practice's.
    expect(canReadDocument(team, { ownerUserId: "u-owner", attachedTo: advice })).toBe(false);
  });

  it("lets only the roles a journey names read its attachments, within their scope", () => {
    const document = { ownerUserId: "u-owner", attachedTo: phb };
    expect(canReadDocument(analyst, document)).toBe(false);
    const withTeam = {
      "phb-application": { roles: ["phb-team"], scope: "icbId" as const },
      "advice-request": { roles: [], scope: "siteId" as const },
    };
    const team = { role: "phb-team", userId: "u-t", icbId: "icb-west-yorkshire" };
    const otherIcbTeam = { role: "phb-team", userId: "u-t2", icbId: "icb-elsewhere" };
    expect(canReadDocument(team, document, withTeam)).toBe(true);
    expect(canReadDocument(otherIcbTeam, document, withTeam)).toBe(false);
    // A staff member with no scope at all never matches an attachment's missing scope.
    const unscoped = { ...document, attachedTo: { ...phb, scope: {} } };
    expect(canReadDocument({ role: "phb-team", userId: "u-t3" }, unscoped, withTeam)).toBe(false);
  });
});
