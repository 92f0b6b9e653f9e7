import { type routes, TriageQuestionnaire } from "@front-door/contracts";
import { currentTriageQuestionnaire } from "@front-door/domain";
import type { RouteHandler } from "@front-door/lambda";
import * as z from "zod/mini";

// Parsed once at cold start: the response is checked against its contract, and mutable.
// A module of its own so this table-less function never bundles the store or its SDK client.
const questionnaire = z.parse(TriageQuestionnaire, currentTriageQuestionnaire);

/** The current triage questionnaire: the web renders its questions from this, not a copy. */
export function makeSameDayQuestionnaire(): RouteHandler<typeof routes.sameDayQuestionnaire> {
  return async () => ({ body: questionnaire });
}
