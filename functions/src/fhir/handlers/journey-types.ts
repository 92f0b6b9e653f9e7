import type { Principal } from "@front-door/contracts";
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
import {
  type DocumentRecord,
  getDocument,
  getDocuments,
  getPhbApplication,
} from "@front-door/store";
import { readableAdviceForFhir } from "../../advice/handlers/advice-fhir.ts";
import { readablePhbForFhir } from "../../phb/handlers/phb-fhir.ts";
import { type FhirDeps, type FhirResourceType, FhirSearchError } from "./fhir-resource-type.ts";
import {
  patientsOf,
  phbCandidates,
  taskCandidates,
  taskStatusesOf,
  taskTargetOf,
} from "./journey-search.ts";
import { idsOf, pageOfCandidates, referencedIdsOf } from "./search-value-parsing.ts";
import { pageOf } from "./search-values.ts";

/** A PHB application's care and support plan (the latest agreed version, else the draft). */
export const carePlanType: FhirResourceType = {
  type: "CarePlan",
  async read(deps, principal, id) {
    const phb = await readablePhbForFhir(deps, principal, id);
    return phb ? carePlanOf(phb) : undefined;
  },
  search: {
    params: [
      { name: "_id", type: "token", documentation: "The PHB application's id." },
      {
        name: "patient",
        type: "reference",
        documentation:
          "Patient/<id>: who applied (also for someone they act for). A patient finds only their own; the PHB team their ICB's.",
      },
    ],
    async run(deps, principal, query) {
      const ids = idsOf(query);
      const patients = patientsOf(query);
      const candidates =
        ids && !patients
          ? [...new Set(ids)]
          : (await phbCandidates(deps, principal, patients)).filter(
              (id) => !ids || ids.includes(id),
            );
      return pageOfCandidates(candidates, query, (id) => carePlanType.read(deps, principal, id));
    },
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
  search: {
    params: [
      {
        name: "_id",
        type: "token",
        documentation: "phb-<applicationId> or advice-<requestId>.",
      },
      {
        name: "patient",
        type: "reference",
        documentation:
          "Patient/<id>: who applied or asked. A patient finds only their own; the PHB team their ICB's applications; practice staff their site's advice requests.",
      },
      {
        name: "status",
        type: "token",
        documentation:
          "FHIR task-status: requested, in-progress, on-hold, completed, rejected or cancelled.",
      },
    ],
    async run(deps, principal, query) {
      const statuses = taskStatusesOf(query);
      const candidates = await taskCandidates(deps, principal, query, statuses);
      return pageOfCandidates(candidates, query, async (id) => {
        const task = await taskType.read(deps, principal, id);
        const status = task && "status" in task ? String(task.status) : undefined;
        return task && (!statuses || (status && statuses.includes(status))) ? task : undefined;
      });
    },
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
  search: {
    params: [
      { name: "_id", type: "token", documentation: "The message's id." },
      {
        name: "part-of",
        type: "reference",
        documentation: "Task/advice-<requestId>: the messages of one advice request.",
      },
    ],
    async run(deps, principal, query) {
      const ids = idsOf(query);
      const tasks = referencedIdsOf(query, "part-of", "Task");
      if (!tasks) {
        if (!ids) throw new FhirSearchError("part-of", "Give part-of (Task/advice-<id>) or _id");
        return pageOfCandidates([...new Set(ids)], query, (id) =>
          communicationType.read(deps, principal, id),
        );
      }
      const requests = [...new Set(tasks.map(taskTargetOf))].flatMap((t) =>
        t?.kind === "advice" ? [t.id] : [],
      );
      const threads = await Promise.all(
        [...new Set(requests)].map((id) => readableAdviceForFhir(deps, principal, id)),
      );
      const matches = threads.flatMap((advice) =>
        advice ? advice.messages.map((m) => adviceCommunicationOf(advice, m)) : [],
      );
      return pageOf(
        matches.filter((c) => !ids || ids.includes(c.id)),
        query,
        (c) => c,
      );
    },
  },
};

/** An attached document, for whoever its download route admits; an unattached one is nobody's view. */
export const documentReferenceType: FhirResourceType = {
  type: "DocumentReference",
  async read(deps, principal, id) {
    return documentResourceOf(principal, await getDocument(deps.db, deps.tableName, id));
  },
  search: {
    params: [
      { name: "_id", type: "token", documentation: "The document's id." },
      {
        name: "related",
        type: "reference",
        documentation:
          "Task/phb-<applicationId> or Task/advice-<requestId>: the documents sent with it.",
      },
    ],
    async run(deps, principal, query) {
      const ids = idsOf(query);
      const tasks = referencedIdsOf(query, "related", "Task");
      if (!tasks) {
        if (!ids) throw new FhirSearchError("related", "Give related (Task/<id>) or _id");
        return pageOfCandidates([...new Set(ids)], query, (id) =>
          documentReferenceType.read(deps, principal, id),
        );
      }
      const lists = await Promise.all(
        [...new Set(tasks)].map((task) => documentIdsOf(deps, principal, task)),
      );
      const wanted = [...new Set(lists.flat())]
        .filter((id) => !ids || ids.includes(id))
        .slice(0, 100);
      const documents = await getDocuments(deps.db, deps.tableName, wanted);
      const matches = documents.flatMap((d) => documentResourceOf(principal, d) ?? []);
      return pageOf(matches, query, (d) => d);
    },
  },
};

/** A document as its DocumentReference, if attached and the caller may read it. */
function documentResourceOf(principal: Principal, document: DocumentRecord | undefined) {
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

/**
 * The documents sent with a request or application the caller may read (one Query of its
 * partition, two for a PHB application: the read's check, then its documents); at most 100.
 */
async function documentIdsOf(
  deps: FhirDeps,
  principal: Principal,
  taskId: string | undefined,
): Promise<string[]> {
  const target = taskTargetOf(taskId);
  if (target?.kind === "advice") {
    const advice = await readableAdviceForFhir(deps, principal, target.id);
    if (!advice) return [];
    const all = [...advice.documents, ...advice.messages.flatMap((m) => m.documents)];
    return all.map((d) => d.id).slice(0, 100);
  }
  if (target?.kind === "phb" && (await readablePhbForFhir(deps, principal, target.id))) {
    const found = await getPhbApplication(deps.db, deps.tableName, target.id);
    return (found?.record.documents ?? []).map((d) => d.documentId).slice(0, 100);
  }
  return [];
}
