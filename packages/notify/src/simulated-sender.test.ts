import { describe, expect, it } from "vitest";
import { type Delivery, DeliveryFailed } from "./sender.ts";
import { parseProviderFaults, SimulatedSender } from "./simulated-sender.ts";

const delivery: Delivery = {
  messageId: "m1",
  channel: "sms",
  to: "+447700900123",
  subject: "Your appointment is booked",
  text: "You have an appointment.",
};

const outcome = (sender: SimulatedSender) =>
  sender.send(delivery).then(
    () => "sent",
    (error: DeliveryFailed) => `${error.retryable ? "retry" : "final"}:${error.reason}`,
  );

describe("SimulatedSender", () => {
  it("accepts every send when given no faults", async () => {
    const sender = new SimulatedSender("sms");
    expect(await sender.send(delivery)).toEqual({
      provider: "simulated",
      providerId: "simulated-sms-m1",
    });
    expect(sender.accepted).toBe(1);
  });

  it("throttles as told, as a provider's throttling the delivery may retry", async () => {
    const sender = new SimulatedSender("sms", [{ kind: "throttle", times: 2 }]);
    const outcomes = [await outcome(sender), await outcome(sender), await outcome(sender)];
    expect(outcomes).toEqual([
      "retry:simulated: ThrottlingException",
      "retry:simulated: ThrottlingException",
      "sent",
    ]);
    expect([sender.refused, sender.accepted]).toEqual([2, 1]);
  });

  it("fails at a rate, and tells an outage from a refusal for good", async () => {
    const draws = [0.1, 0.9];
    const sender = new SimulatedSender(
      "sms",
      [{ kind: "outage", rate: 0.5 }],
      () => draws.shift() ?? 0,
    );
    expect(await outcome(sender)).toBe("retry:simulated: InternalErrorException");
    expect(await outcome(sender)).toBe("sent");
    const refusing = new SimulatedSender("sms", [{ kind: "refuse" }]);
    expect(await outcome(refusing)).toBe("final:simulated: InvalidParameterException");
    expect(await refusing.send(delivery).catch((e: unknown) => e)).toBeInstanceOf(DeliveryFailed);
  });
});

describe("parseProviderFaults", () => {
  it("reads kind:rate pairs", () => {
    expect(parseProviderFaults("throttle:0.3, outage:1")).toEqual([
      { kind: "throttle", rate: 0.3 },
      { kind: "outage", rate: 1 },
    ]);
  });

  it("names what it cannot read", () => {
    expect(() => parseProviderFaults("throttle")).toThrow(/"throttle" is not a provider fault/);
    expect(() => parseProviderFaults("pigeon:0.5")).toThrow(/pigeon/);
    expect(() => parseProviderFaults("outage:2")).toThrow(/outage:2/);
  });
});
