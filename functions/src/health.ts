import { health as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";

export const handler = http(route, async () => ({
  body: { status: "ok" as const, service: "front-door", time: new Date().toISOString() },
}));
