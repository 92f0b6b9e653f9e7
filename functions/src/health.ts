import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

export const handler = http(routes.health, async () => ({
  body: { status: "ok" as const, service: "front-door", time: new Date().toISOString() },
}));
