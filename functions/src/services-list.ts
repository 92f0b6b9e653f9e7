import { serviceCatalogue } from "@front-door/contracts";
import { servicesList as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";

const body = { services: serviceCatalogue.map((service) => ({ ...service })) };

export const handler = http(route, async () => ({
  body,
  headers: { "cache-control": "public, max-age=3600" },
}));
