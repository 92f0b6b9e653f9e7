import { WebConfig } from "@front-door/contracts";
import { api } from "./api.ts";

let cached: Promise<WebConfig> | undefined;

/** How this deployment signs people in: fetched once per page from /config.json. */
export function loadConfig(): Promise<WebConfig> {
  cached ??= api("/config.json", { schema: WebConfig }).then((result) => {
    if (!result.ok) throw new Error(`Could not load /config.json: ${result.error.message}`);
    return result.data;
  });
  return cached;
}

export type CognitoConfig = Extract<WebConfig["auth"], { mode: "cognito" }>;
