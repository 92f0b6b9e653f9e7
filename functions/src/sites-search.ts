import { routes } from "@front-door/contracts";
import { demoDistrictCentroids } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { makeSitesSearch } from "./handlers/sites-search.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  routes.sitesSearch,
  makeSitesSearch({ db, tableName, districts: demoDistrictCentroids() }),
);
