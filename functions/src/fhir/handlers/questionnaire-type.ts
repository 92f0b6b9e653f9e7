import { publishedQuestionnaires } from "@front-door/fhir";
import type { FhirResourceType } from "./fhir-resource-type.ts";
import { pageOf, single } from "./search-values.ts";

/**
 * Questionnaire/<questionnaireId>: the published questionnaires (same-day triage, each
 * self-referral service's), whose url is the canonical their QuestionnaireResponses name.
 */
export const questionnaireType: FhirResourceType = {
  type: "Questionnaire",
  profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Questionnaire",
  async read(_deps, _principal, id) {
    return publishedQuestionnaires().find((q) => q.id === id);
  },
  search: {
    params: [
      {
        name: "url",
        type: "uri",
        documentation:
          "The canonical, as a QuestionnaireResponse names it: https://fhir.front-door.nhs.example/Questionnaire/msk-physiotherapy, optionally with |{version}",
      },
    ],
    async run(_deps, _principal, query) {
      const url = single(query, "url");
      const [canonical, version] = url?.split("|") ?? [];
      const matches = publishedQuestionnaires().filter(
        (q) => !url || (q.url === canonical && (version === undefined || q.version === version)),
      );
      return pageOf(matches, query, (q) => q);
    },
  },
};
