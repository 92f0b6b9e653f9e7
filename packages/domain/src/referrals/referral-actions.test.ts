import { describe, expect, it } from "vitest";
import { applyReferralAction, type ReferralTransition } from "./referral-actions.ts";
import {
  draftReferral,
  type ReferralAction,
  type ReferralActionType,
  type ReferralActorRole,
  type ReferralStage,
  type ReferralState,
  referralStages,
  referralStatuses,
  statusOfStage,
} from "./referral-status.ts";

function stateAt(stage: ReferralStage, bookOnline = true): ReferralState {
  return {
    stage,
    status: statusOfStage[stage],
    bookOnline,
    ...(["accepted", "booked", "completed"].includes(stage)
      ? { priority: "routine" as const }
      : {}),
    ...(stage === "booked" ? { appointmentId: "appt-1" } : {}),
    ...(stage === "awaiting-information" ? { informationRequest: "Which knee is it?" } : {}),
  };
}

const actions: Record<ReferralActionType, ReferralAction> = {
  submit: { type: "submit" },
  accept: { type: "accept", priority: "urgent" },
  "accept-and-book": { type: "accept-and-book", priority: "routine", appointmentId: "appt-2" },
  book: { type: "book", appointmentId: "appt-2" },
  "cancel-booking": { type: "cancel-booking" },
  "request-information": { type: "request-information", request: "  Which knee is it?  " },
  "provide-information": { type: "provide-information", answer: "The left knee" },
  reject: {
    type: "reject",
    reasonCode: "needs-gp-assessment",
    reason: "Your GP needs to examine you first.",
    signpost: "Contact your GP practice.",
  },
  withdraw: { type: "withdraw" },
  complete: { type: "complete" },
  "mark-entered-in-error": { type: "mark-entered-in-error" },
};

const apply = (
  stage: ReferralStage,
  type: ReferralActionType,
  role: ReferralActorRole = "clinician",
) => applyReferralAction(stateAt(stage), actions[type], { role });

function applied(transition: ReferralTransition) {
  if (transition.kind !== "applied") throw new Error(`refused: ${transition.message}`);
  return transition;
}

// Written out here, not read from the table, so a widened or narrowed transition fails.
const allowed: [ReferralStage, ReferralActionType, ReferralStage][] = [
  ["draft", "submit", "submitted"],
  ["submitted", "accept", "accepted"],
  ["awaiting-information", "accept", "accepted"],
  ["submitted", "accept-and-book", "booked"],
  ["awaiting-information", "accept-and-book", "booked"],
  ["accepted", "book", "booked"],
  ["booked", "cancel-booking", "accepted"],
  ["submitted", "request-information", "awaiting-information"],
  ["awaiting-information", "provide-information", "submitted"],
  ["submitted", "reject", "rejected"],
  ["awaiting-information", "reject", "rejected"],
  ["submitted", "withdraw", "withdrawn"],
  ["awaiting-information", "withdraw", "withdrawn"],
  ["accepted", "withdraw", "withdrawn"],
  ["booked", "withdraw", "withdrawn"],
  ["accepted", "complete", "completed"],
  ["booked", "complete", "completed"],
  ...(
    [
      "submitted",
      "awaiting-information",
      "accepted",
      "booked",
      "rejected",
      "withdrawn",
      "completed",
    ] as const
  ).map((stage): [ReferralStage, ReferralActionType, ReferralStage] => [
    stage,
    "mark-entered-in-error",
    "entered-in-error",
  ]),
];

describe("FHIR request-status", () => {
  it("mirrors FHIR R4 ServiceRequest.status exactly", () => {
    expect([...referralStatuses].sort()).toEqual(
      ["active", "completed", "draft", "entered-in-error", "on-hold", "revoked", "unknown"].sort(),
    );
  });

  it("maps each stage to one status: rejected and withdrawn are revoked, awaiting information on hold", () => {
    expect(statusOfStage).toEqual({
      draft: "draft",
      submitted: "active",
      accepted: "active",
      "awaiting-information": "on-hold",
      booked: "active",
      rejected: "revoked",
      withdrawn: "revoked",
      completed: "completed",
      "entered-in-error": "entered-in-error",
    });
  });
});

describe("applyReferralAction", () => {
  it.each(allowed)("%s + %s → %s", (from, type, to) => {
    const { state } = applied(apply(from, type));
    expect(state.stage).toBe(to);
    expect(state.status).toBe(statusOfStage[to]);
  });

  it("refuses every other stage and action pair, saying why", () => {
    const ok = new Set(allowed.map(([from, type]) => `${from}|${type}`));
    let refusals = 0;
    for (const from of referralStages) {
      for (const type of Object.keys(actions) as ReferralActionType[]) {
        if (ok.has(`${from}|${type}`)) continue;
        const outcome = apply(from, type);
        expect(outcome, `${from} + ${type}`).toMatchObject({
          kind: "refused",
          code: "not-allowed-now",
        });
        refusals++;
      }
    }
    expect(refusals).toBe(referralStages.length * Object.keys(actions).length - allowed.length);
    expect(apply("withdrawn", "accept")).toEqual({
      kind: "refused",
      code: "not-allowed-now",
      message: "This referral is withdrawn, so it cannot be accepted.",
    });
  });

  it.each<[ReferralActionType, ReferralActorRole, string]>([
    ["accept", "patient", "Only a clinician can accept a referral."],
    ["accept", "receptionist", "Only a clinician can accept a referral."],
    ["accept-and-book", "receptionist", "Only a clinician can accept and book a referral."],
    ["reject", "receptionist", "Only a clinician can reject a referral."],
    ["reject", "patient", "Only a clinician can reject a referral."],
    [
      "request-information",
      "patient",
      "Only the service can ask for more information about a referral.",
    ],
    ["complete", "patient", "Only the service can complete a referral."],
    [
      "mark-entered-in-error",
      "patient",
      "Only the service can mark a referral as entered in error.",
    ],
  ])("refuses %s by a %s", (type, role, message) => {
    expect(apply("submitted", type, role)).toEqual({
      kind: "refused",
      code: "not-your-action",
      message,
    });
  });

  it("lets staff take a patient's actions for them, and says so on the event", () => {
    const bySelf = applied(
      applyReferralAction(draftReferral(true), actions.submit, { role: "patient" }),
    );
    expect(bySelf.event).toEqual({ type: "submitted", by: "patient", onBehalfOfPatient: false });
    const forThem = applied(apply("booked", "withdraw", "receptionist"));
    expect(forThem.event).toMatchObject({
      type: "withdrawn",
      by: "receptionist",
      onBehalfOfPatient: true,
    });
    expect(
      applied(apply("submitted", "request-information", "receptionist")).event.onBehalfOfPatient,
    ).toBe(false);
  });

  it("lets a patient book online only where the service books online; staff can book either way", () => {
    const offline = stateAt("accepted", false);
    expect(applyReferralAction(offline, actions.book, { role: "patient" })).toMatchObject({
      kind: "refused",
      code: "online-booking-off",
    });
    expect(applyReferralAction(offline, actions.book, { role: "receptionist" }).kind).toBe(
      "applied",
    );
    expect(
      applyReferralAction(stateAt("accepted", true), actions.book, { role: "patient" }).kind,
    ).toBe("applied");
  });

  it.each<[ReferralStage, ReferralAction, string]>([
    ["submitted", { type: "request-information", request: "  " }, "Say what information you need"],
    ["accepted", { type: "book", appointmentId: "" }, "Choose an appointment"],
    [
      "submitted",
      { type: "accept-and-book", priority: "urgent", appointmentId: " " },
      "Choose an appointment",
    ],
    ["submitted", { type: "accept", priority: "stat" as "urgent" }, "Choose routine or urgent"],
    [
      "submitted",
      { ...actions.reject, reasonCode: "busy" as "not-suitable" } as ReferralAction,
      "Choose a reason",
    ],
    [
      "submitted",
      { ...actions.reject, signpost: "" } as ReferralAction,
      "Say why, and where the patient should go instead",
    ],
    [
      "awaiting-information",
      { type: "provide-information", answer: "   " },
      "Write the information the service asked for",
    ],
  ])("refuses %s + %j: %s", (stage, action, message) => {
    expect(applyReferralAction(stateAt(stage), action, { role: "clinician" })).toEqual({
      kind: "refused",
      code: "missing-detail",
      message,
    });
  });
});

describe("what each move carries", () => {
  it("accepting sets the priority and says who arranges the appointment", () => {
    const online = applied(apply("submitted", "accept"));
    expect(online.state).toMatchObject({ stage: "accepted", priority: "urgent" });
    expect(online.event).toMatchObject({ priority: "urgent", nextStep: "book-online" });
    const offline = applyReferralAction(stateAt("submitted", false), actions.accept, {
      role: "clinician",
    });
    expect(applied(offline).event.nextStep).toBe("service-will-contact");
  });

  it("accepting and booking sets both, with no appointment to cancel", () => {
    const outcome = applied(apply("awaiting-information", "accept-and-book"));
    expect(outcome.state).toEqual({
      stage: "booked",
      status: "active",
      bookOnline: true,
      priority: "routine",
      appointmentId: "appt-2",
    });
    expect(outcome.event).toMatchObject({ appointmentId: "appt-2", priority: "routine" });
    expect(outcome.cancelsAppointmentId).toBeUndefined();
  });

  it("asking for information puts it on hold with the question; an answer takes it back", () => {
    const asked = applied(apply("submitted", "request-information"));
    expect(asked.state).toMatchObject({
      status: "on-hold",
      informationRequest: "Which knee is it?",
    });
    expect(asked.event.informationRequest).toBe("Which knee is it?");
    const answered = applied(apply("awaiting-information", "provide-information", "patient"));
    expect(answered.state).toEqual({ stage: "submitted", status: "active", bookOnline: true });
  });

  it("rejecting keeps the reason and signpost for the patient", () => {
    const outcome = applied(apply("submitted", "reject"));
    expect(outcome.state).toMatchObject({
      status: "revoked",
      rejection: { reasonCode: "needs-gp-assessment" },
    });
    expect(outcome.event.rejection?.signpost).toBe("Contact your GP practice.");
  });

  it.each<[ReferralStage, ReferralActionType]>([
    ["booked", "withdraw"],
    ["booked", "cancel-booking"],
    ["booked", "mark-entered-in-error"],
  ])("from %s, %s releases the appointment for the API to cancel", (stage, type) => {
    const outcome = applied(apply(stage, type));
    expect(outcome.cancelsAppointmentId).toBe("appt-1");
    expect(outcome.state.appointmentId).toBeUndefined();
    expect(outcome.event.appointmentId).toBe("appt-1");
  });

  it("completing a booked referral keeps its appointment", () => {
    const outcome = applied(apply("booked", "complete", "receptionist"));
    expect(outcome.state.appointmentId).toBe("appt-1");
    expect(outcome.cancelsAppointmentId).toBeUndefined();
  });
});
