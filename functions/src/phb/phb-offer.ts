import { phbOffer as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makePhbOffer } from "./handlers/phb-patient.ts";

export const handler = http(route, makePhbOffer());
