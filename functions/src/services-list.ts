import { routes, serviceCatalogue } from "@front-door/contracts";
import { http } from "@front-door/lambda";

const body = { services: serviceCatalogue.map((service) => ({ ...service })) };

export const handler = http(routes.servicesList, async () => ({
  body,
  headers: { "cache-control": "public, max-age=3600" },
}));
