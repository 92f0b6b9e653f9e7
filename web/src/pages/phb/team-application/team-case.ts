import type { AttachedDocument, PhbApplicationView } from "@front-door/contracts";
import type { PhbApplicationDetails, PhbCase } from "@front-door/domain";

/**
 * The case as the team's view carries it: the domain's case record, written by the API from
 * the same types, with the application's details. The contract leaves it an open record (it is
 * the team's working file, not a public shape), so the page reads it through these types.
 */
export type TeamCase = PhbCase & {
  details: PhbApplicationDetails & { documents?: AttachedDocument[] };
};

export type TeamApplication = PhbApplicationView & { case: TeamCase };

export function asTeamApplication(view: PhbApplicationView): TeamApplication {
  return view as TeamApplication;
}
