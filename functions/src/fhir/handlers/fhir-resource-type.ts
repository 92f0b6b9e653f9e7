import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "@front-door/contracts";
import type { FhirResource as Resource } from "@front-door/fhir";

/** What every FHIR resource type's read and search are given. */
export interface FhirDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
}

/** A search parameter a type supports: validated before its search runs, listed in /metadata. */
export interface FhirSearchParam {
  name: string;
  type: "token" | "date" | "reference" | "string" | "uri" | "number";
  documentation: string;
}

/** One search, as the search route parsed it (the type's own params checked against `params`). */
export interface FhirSearchQuery {
  /** Each parameter's values as given, a repeated parameter once per value (`_count` and paging removed). */
  params: ReadonlyMap<string, readonly string[]>;
  /** Page size asked for (`_count`), already bounded. */
  count: number;
  /** The opaque position a previous page's `next` link carried, if any. */
  page?: string;
}

/** One page of matches: `next` is the opaque position of the following page, if there is one. */
export interface FhirSearchPage {
  resources: Resource[];
  next?: string;
  /** How many match in all, where the type can say cheaply (Bundle.total). */
  total?: number;
}

/**
 * A search the type refuses (a malformed date, a range too wide): the route answers 400 with an
 * OperationOutcome naming `expression`, the parameter at fault.
 */
export class FhirSearchError extends Error {
  readonly expression: string;
  constructor(expression: string, message: string) {
    super(message);
    this.name = "FhirSearchError";
    this.expression = expression;
  }
}

/**
 * A FHIR resource type Front Door serves: read by id, and searched where it can be. Authorisation
 * is the type's own, the same as the JSON API's: what the caller may not see is simply absent
 * (a read answers undefined, a search leaves it out).
 */
export interface FhirResourceType {
  type: string;
  /** The UK Core (or base) profile its resources claim in meta.profile, for /metadata. */
  profile?: string;
  read(deps: FhirDeps, principal: Principal, id: string): Promise<Resource | undefined>;
  search?: {
    params: readonly FhirSearchParam[];
    run(deps: FhirDeps, principal: Principal, query: FhirSearchQuery): Promise<FhirSearchPage>;
  };
}
