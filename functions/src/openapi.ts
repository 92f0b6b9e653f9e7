import { apiInfo, buildOpenApiDocument, routeList, routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";

// Generated once per cold start: the route table does not change while the function runs.
const document = buildOpenApiDocument(routeList, apiInfo);

export const handler = http(routes.openapi, async () => ({
  body: document,
  headers: { "cache-control": "public, max-age=300" },
}));
