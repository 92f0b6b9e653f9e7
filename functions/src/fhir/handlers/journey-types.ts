import { canReadDocument } from "@front-door/domain";
import {
  adviceCommunicationOf,
  adviceMessageOf,
  adviceTaskId,
  adviceTaskOf,
  carePlanOf,
  documentReferenceOf,
  phbTaskId,
  phbTaskOf,
} from "@front-door/fhir";
import { getDocument } from "@front-door/store";
import { readableAdviceForFhir } from "../../advice/handlers/advice-fhir.ts";
import { readablePhbForFhir } from "../../phb/handlers/phb-fhir.ts";
import type { FhirResourceType } from "./fhir-resource-type.ts";

/** A PHB application's care and support plan (the latest agreed version, else the draft). */
export const carePlanType: FhirResourceType = {
  type: "CarePlan",
  async read(deps, principal, id) {
    const phb = await readablePhbForFhir(deps, principal, id);
    return phb ? carePlanOf(phb) : undefined;
  },
};

/** A PHB application's progress (Task/phb-…) or an advice request (Task/advice-…). */
export const taskType: FhirResourceType = {
  type: "Task",
  async read(deps, principal, id) {
    if (id.startsWith(adviceTaskId(""))) {
      const advice = await readableAdviceForFhir(
        deps,
        principal,
        id.slice(adviceTaskId("").length),
      );
      return advice ? adviceTaskOf(advice) : undefined;
    }
    if (id.startsWith(phbTaskId(""))) {
      const phb = await readablePhbForFhir(deps, principal, id.slice(phbTaskId("").length));
      return phb ? phbTaskOf(phb) : undefined;
    }
    return undefined;
  },
};

/** One message of an advice request's thread. */
export const communicationType: FhirResourceType = {
  type: "Communication",
  async read(deps, principal, id) {
    const message = adviceMessageOf(id);
    if (!message) return undefined;
    const advice = await readableAdviceForFhir(deps, principal, message.requestId);
    const found = advice?.messages.find((m) => m.seq === message.seq);
    return advice && found ? adviceCommunicationOf(advice, found) : undefined;
  },
};

/** An attached document, for whoever its download route admits; an unattached one is nobody's view. */
export const documentReferenceType: FhirResourceType = {
  type: "DocumentReference",
  async read(deps, principal, id) {
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
  },
};
