import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { FhirReadType, Principal, routes } from "@front-door/contracts";
import { canReadDocument } from "@front-door/domain";
import {
  adviceCommunicationOf,
  adviceMessageOf,
  adviceTaskId,
  adviceTaskOf,
  carePlanOf,
  documentReferenceOf,
  type JourneyResource,
  notFoundOutcome,
  phbTaskId,
  phbTaskOf,
} from "@front-door/fhir";
import type { ResultOf, RouteHandler } from "@front-door/lambda";
import { getDocument } from "@front-door/store";
import { readableAdviceForFhir } from "../../advice/handlers/advice-fhir.ts";
import { readablePhbForFhir } from "../../phb/handlers/phb-fhir.ts";

export interface FhirReadDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

type Route = typeof routes.fhirRead;

const fhirJson = { "content-type": "application/fhir+json; charset=utf-8" };

async function taskOf(deps: FhirReadDeps, principal: Principal, id: string) {
  if (id.startsWith(adviceTaskId(""))) {
    const advice = await readableAdviceForFhir(deps, principal, id.slice(adviceTaskId("").length));
    return advice ? adviceTaskOf(advice) : undefined;
  }
  if (id.startsWith(phbTaskId(""))) {
    const phb = await readablePhbForFhir(deps, principal, id.slice(phbTaskId("").length));
    return phb ? phbTaskOf(phb) : undefined;
  }
  return undefined;
}

async function communicationOf(deps: FhirReadDeps, principal: Principal, id: string) {
  const message = adviceMessageOf(id);
  if (!message) return undefined;
  const advice = await readableAdviceForFhir(deps, principal, message.requestId);
  const found = advice?.messages.find((m) => m.seq === message.seq);
  return advice && found ? adviceCommunicationOf(advice, found) : undefined;
}

/** An attached document, for whoever its download route admits; an unattached one is nobody's view. */
async function documentReferenceFor(deps: FhirReadDeps, principal: Principal, id: string) {
  const document = await getDocument(deps.db, deps.tableName, id);
  const attachment = document?.attachedTo;
  if (!document || !attachment || !canReadDocument(principal, document)) return undefined;
  const task =
    attachment.kind === "advice-request" ? adviceTaskId(attachment.id) : phbTaskId(attachment.id);
  return documentReferenceOf({
    document,
    attachedTo: attachment.kind,
    related: { reference: `Task/${task}` },
    attachedAt: document.attachedAt,
  });
}

async function resourceOf(
  deps: FhirReadDeps,
  principal: Principal,
  type: FhirReadType,
  id: string,
): Promise<JourneyResource | undefined> {
  switch (type) {
    case "CarePlan": {
      const phb = await readablePhbForFhir(deps, principal, id);
      return phb ? carePlanOf(phb) : undefined;
    }
    case "Task":
      return taskOf(deps, principal, id);
    case "Communication":
      return communicationOf(deps, principal, id);
    case "DocumentReference":
      return documentReferenceFor(deps, principal, id);
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/**
 * GET /api/fhir/{resourceType}/{id} for the PHB and advice journeys' resources. What the
 * caller may not read and what does not exist get the same 404, an OperationOutcome.
 */
export function makeFhirRead(deps: FhirReadDeps): RouteHandler<Route> {
  return async ({ principal, params }) => {
    const resource = await resourceOf(deps, principal, params.resourceType, params.id);
    if (resource) return { body: { ...resource }, headers: fhirJson };
    const outcome = notFoundOutcome(`There is no ${params.resourceType} with that id you can see`);
    // The route documents this body as its 404 (errors.bodies); the glue sends any body as is.
    return { status: 404, body: outcome as unknown as ResultOf<Route>["body"], headers: fhirJson };
  };
}
