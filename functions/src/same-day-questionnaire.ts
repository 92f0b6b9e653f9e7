import { routes } from "@front-door/contracts";
import { http } from "@front-door/lambda";
import { makeSameDayQuestionnaire } from "./handlers/same-day-questionnaire.ts";

export const handler = http(routes.sameDayQuestionnaire, makeSameDayQuestionnaire());
