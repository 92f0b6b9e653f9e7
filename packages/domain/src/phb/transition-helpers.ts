import type { FieldProblem } from "../errors.ts";
import type { PhbOffer } from "./offer.ts";
import type { PhbActor, PhbCase, PhbEvent, PhbRefusal, PhbStage } from "./phb-case.ts";
import { stageDueBy } from "./stage-clock.ts";

export type PhbTransition =
  | { kind: "changed"; after: PhbCase; event: PhbEvent }
  | { kind: "refused"; refusal: PhbRefusal };

export interface PhbContext {
  actor: PhbActor;
  now: Date;
  offer: PhbOffer;
}

export const refuse = (refusal: PhbRefusal): PhbTransition => ({ kind: "refused", refusal });

export function invalid(fields: FieldProblem[]): PhbTransition {
  return refuse({ code: "invalid", message: "Check the highlighted fields", fields });
}

/** Written text the action needs: empty or whitespace is a missing field. */
export function required(values: Record<string, string | undefined>): FieldProblem[] {
  return Object.entries(values)
    .filter(([, value]) => !value || value.trim() === "")
    .map(([path]) => ({ path, message: "Enter this: it is required", code: "required" }));
}

/** The case moved to `to` (or kept at its stage), with the stage's due date recomputed. */
export function moveTo(
  phb: PhbCase,
  to: PhbStage,
  changes: Partial<PhbCase>,
  ctx: PhbContext,
  event: Omit<PhbEvent, "from" | "to">,
): PhbTransition {
  const next: PhbCase = { ...phb, ...changes, stage: to };
  const entered = to !== phb.stage;
  const stageEnteredAt = entered ? ctx.now.toISOString() : phb.stageEnteredAt;
  const dueBy =
    entered || to === "in-place" || to === "requested"
      ? stageDueBy(to, ctx.now, next, ctx.offer.targets)
      : phb.dueBy;
  const after: PhbCase = { ...next, stageEnteredAt };
  if (dueBy) after.dueBy = dueBy;
  else delete after.dueBy;
  return { kind: "changed", after, event: { ...event, from: phb.stage, to } };
}
