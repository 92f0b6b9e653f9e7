import { sameDayQuestionnaire as route } from "@front-door/contracts/routes";
import { http } from "@front-door/lambda";
import { makeSameDayQuestionnaire } from "./handlers/same-day-questionnaire.ts";

export const handler = http(route, makeSameDayQuestionnaire());
