import { buildOpenApiDocument, routeList, routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

// Generated once per cold start: the route table does not change while the function runs.
const document = buildOpenApiDocument(routeList, { title: "Front Door API", version: "0.1.0" });

export const handler = http(routes.openapi, async () => ({
  body: document,
  headers: { "cache-control": "public, max-age=300" },
}));
