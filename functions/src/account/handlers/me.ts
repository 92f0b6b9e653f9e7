import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { MeResponse, Profile, routes } from "@front-door/contracts";
import { Forbidden, NotFound, normaliseUkMobile } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import {
  getIcb,
  getPatient,
  getSite,
  messagesFor,
  patientView,
  replaceProfile,
} from "@front-door/store";

export interface MeDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
}

/** Who is signed in: a patient sees their own record, staff their site, analysts their ICB. */
export function makeMeGet(deps: MeDeps): RouteHandler<typeof routes.meGet> {
  return async ({ principal }) => {
    const base = {
      userId: principal.userId,
      role: principal.role,
      ...(principal.displayName ? { displayName: principal.displayName } : {}),
    };
    let body: MeResponse;
    switch (principal.role) {
      case "patient": {
        const patient = await getPatient(deps.db, deps.tableName, principal.patientId);
        if (!patient) throw new NotFound("We could not find your patient record");
        // The token's NHS number must match the record it points at, or the token is wrong.
        if (patient.nhsNumber !== principal.nhsNumber) {
          throw new Forbidden("Your sign-in does not match this patient record");
        }
        // Their GP practice, and so their ICB: whose personal health budget offer applies to them.
        const practice = patient.registeredSiteId
          ? await getSite(deps.db, deps.tableName, patient.registeredSiteId)
          : undefined;
        body = {
          ...base,
          patient,
          ...(practice
            ? { site: { id: practice.id, name: practice.name, icbId: practice.icbId } }
            : {}),
        };
        break;
      }
      case "receptionist":
      case "clinician": {
        const site = await getSite(deps.db, deps.tableName, principal.siteId);
        if (!site) throw new NotFound("We could not find the site your account belongs to");
        body = { ...base, site: { id: site.id, name: site.name, icbId: site.icbId } };
        break;
      }
      case "icb-analyst": {
        const icb = await getIcb(deps.db, deps.tableName, principal.icbId);
        if (!icb) throw new NotFound("We could not find the ICB your account belongs to");
        body = { ...base, icb: { id: icb.id, name: icb.name } };
        break;
      }
      default: {
        const unreachable: never = principal;
        throw new Error(`unhandled role ${String(unreachable)}`);
      }
    }
    return { body };
  };
}

/**
 * Replaces the signed-in patient's profile. Only their own: the patient id comes from the
 * verified token, never from the request.
 */
export function makeProfilePut(
  deps: MeDeps & { now: () => Date },
): RouteHandler<typeof routes.meProfilePut> {
  return async ({ principal, body }) => {
    const saved = await replaceProfile(
      deps.db,
      deps.tableName,
      principal.patientId,
      tidyProfile(body),
      deps.now(),
    );
    if (!saved) throw new NotFound("We could not find your patient record");
    return { body: saved };
  };
}

/** Empty strings become absent and the mobile number is stored in E.164, as SMS needs it. */
export function tidyProfile(profile: Profile): Profile {
  const blank = (value: string | undefined) =>
    value === undefined || value === "" ? undefined : value;
  const mobile = blank(profile.contact.mobile);
  return {
    preferredName: blank(profile.preferredName),
    contact: {
      mobile: mobile ? normaliseUkMobile(mobile) : undefined,
      email: blank(profile.contact.email),
    },
    communication: {
      ...profile.communication,
      interpreterLanguage: blank(profile.communication.interpreterLanguage),
      otherNeeds: blank(profile.communication.otherNeeds),
    },
    accessibilityNeeds: blank(profile.accessibilityNeeds),
    carer: profile.carer
      ? {
          ...profile.carer,
          relationship: blank(profile.carer.relationship),
          phone: blank(profile.carer.phone),
        }
      : undefined,
    consent: profile.consent,
  };
}

/** A patient's own messages (the patient id comes from the token): proof of what was sent. */
export function makeMeMessages(deps: MeDeps): RouteHandler<typeof routes.meMessages> {
  return async ({ principal }) => {
    const messages = await messagesFor(deps.db, deps.tableName, principal.patientId);
    return { body: { messages: messages.map(patientView) } };
  };
}
