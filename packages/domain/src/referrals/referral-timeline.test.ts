import { describe, expect, it } from "vitest";
import {
  applyReferralAction,
  type ReferralActor,
  type ReferralEvent,
  referralEventTypes,
} from "./referral-actions.ts";
import { draftReferral, type ReferralAction, type ReferralState } from "./referral-status.ts";
import { describeReferralEvent } from "./referral-timeline.ts";

/** Runs a journey from a draft, failing on any refusal; returns the events in order. */
function journey(bookOnline: boolean, steps: [ReferralAction, ReferralActor["role"]][]) {
  let state: ReferralState = draftReferral(bookOnline);
  const events: ReferralEvent[] = [];
  for (const [action, role] of steps) {
    const outcome = applyReferralAction(state, action, { role });
    if (outcome.kind === "refused") throw new Error(`${action.type}: ${outcome.message}`);
    state = outcome.state;
    events.push(outcome.event);
  }
  return { state, events };
}

describe("the patient's timeline", () => {
  it("tells a whole journey in plain words", () => {
    const { state, events } = journey(true, [
      [{ type: "submit" }, "patient"],
      [{ type: "request-information", request: "Which knee hurts?" }, "clinician"],
      [{ type: "provide-information", answer: "The right knee" }, "patient"],
      [{ type: "accept", priority: "urgent" }, "clinician"],
      [{ type: "book", appointmentId: "appt-9" }, "patient"],
      [{ type: "cancel-booking" }, "patient"],
      [{ type: "book", appointmentId: "appt-10" }, "patient"],
      [{ type: "complete" }, "receptionist"],
    ]);
    expect(state).toMatchObject({
      stage: "completed",
      status: "completed",
      appointmentId: "appt-10",
    });
    expect(events.map((event) => describeReferralEvent(event).title)).toEqual([
      "Referral sent",
      "The service needs more information",
      "More information sent",
      "Referral accepted as urgent",
      "Appointment booked",
      "Appointment cancelled",
      "Appointment booked",
      "Referral completed",
    ]);
    expect(describeReferralEvent(events[1] as ReferralEvent).description).toBe(
      'The service asked: "Which knee hurts?" Reply so they can carry on with your referral.',
    );
    expect(describeReferralEvent(events[3] as ReferralEvent).description).toBe(
      "The service has accepted your referral and will see you as a priority. You can now choose an appointment online.",
    );
  });

  it("says when the service will arrange the appointment, and when staff acted for the patient", () => {
    const { events } = journey(false, [
      [{ type: "submit" }, "receptionist"],
      [{ type: "accept", priority: "routine" }, "clinician"],
      [{ type: "withdraw" }, "receptionist"],
    ]);
    const [sent, accepted, withdrawn] = events.map(describeReferralEvent);
    expect(sent?.description).toContain("A member of staff did this for you.");
    expect(accepted).toEqual({
      title: "Referral accepted",
      description:
        "The service has accepted your referral. The service will contact you to arrange an appointment.",
    });
    expect(withdrawn?.description).toContain("A member of staff did this for you.");
  });

  it("gives the service's reason and signpost when a referral is not accepted", () => {
    const { events } = journey(true, [
      [{ type: "submit" }, "patient"],
      [
        {
          type: "reject",
          reasonCode: "another-service-better",
          reason: "Your symptoms are best seen by the hand therapy team.",
          signpost: "Ask your GP practice to refer you to hand therapy.",
        },
        "clinician",
      ],
    ]);
    expect(describeReferralEvent(events[1] as ReferralEvent)).toEqual({
      title: "Referral not accepted",
      description:
        "Your symptoms are best seen by the hand therapy team. Ask your GP practice to refer you to hand therapy.",
    });
  });

  it.each(referralEventTypes)("describes %s with a title and a sentence", (type) => {
    const entry = describeReferralEvent({ type, by: "clinician", onBehalfOfPatient: false });
    expect(entry.title.length).toBeGreaterThan(5);
    expect(entry.description).toMatch(/\.$|"$|\.\s*$/);
  });
});
