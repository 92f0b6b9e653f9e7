import { sitesSearch as route } from "@front-door/contracts/routes";
import { demoDistrictCentroids } from "@front-door/domain";
import { http } from "@front-door/lambda";
import { makeSitesSearch } from "./handlers/sites-search.ts";
import { tableDeps } from "./wiring.ts";

const { db, tableName } = tableDeps();

export const handler = http(
  route,
  makeSitesSearch({ db, tableName, districts: demoDistrictCentroids() }),
);
