import { channel } from "node:diagnostics_channel";
import { request } from "node:http";

/**
 * Test fixture: publishes a store retry on its diagnostics channel and sends one request that
 * looks like a DynamoDB GetItem to the URL in the event's body, as a handler's store would.
 */
export async function handler(event: { body: string }) {
  channel("front-door:store-retry").publish({ retry: 1, errorName: "FixtureThrottling" });
  await new Promise<void>((resolve, reject) => {
    const sent = request(event.body, {
      method: "POST",
      headers: { "x-amz-target": "DynamoDB_20120810.GetItem" },
    });
    sent.on("response", (response) => {
      response.resume();
      response.on("end", resolve);
    });
    sent.on("error", reject);
    sent.end("{}");
  });
  return { reported: true };
}
