import type { DocumentAccess, TableAccess } from "@front-door/contracts";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { type IRole, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { LogGroup } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { pascalCase } from "./naming.ts";
import { bindDocuments, bindTable } from "./route-function.ts";

export interface RoleNeeds {
  journey: string;
  table: TableAccess;
  documents?: DocumentAccess;
  logGroup: LogGroup;
}

/**
 * One execution role per journey and access level, shared by the routes that need exactly
 * that: the same permissions each route would have had alone (its journey's log group, the
 * table as far as the route table says, the documents bucket likewise), for two resources per
 * combination instead of two per route. CloudFormation takes at most 500 resources a stack,
 * and a role and its policy for each of ~80 routes was a third of them.
 */
export class SharedRouteRoles extends Construct {
  private readonly roles = new Map<string, { role: Role; needs: RoleNeeds }>();

  constructor(
    scope: Construct,
    id: string,
    private readonly resources: { table: ITable; documentsBucket: IBucket },
  ) {
    super(scope, id);
  }

  roleFor(needs: RoleNeeds): IRole {
    const documents = needs.documents ?? "none";
    const name = `${pascalCase(needs.journey)}Table${pascalCase(needs.table)}Documents${pascalCase(documents)}`;
    const known = this.roles.get(name);
    if (known) return known.role;
    const role = new Role(this, name, {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Front Door ${needs.journey} routes: table ${needs.table}, documents ${documents}`,
    });
    needs.logGroup.grantWrite(role);
    bindTable(role, this.resources.table, needs.table);
    if (needs.documents) bindDocuments(role, this.resources.documentsBucket, needs.documents);
    this.roles.set(name, { role, needs });
    return role;
  }

  /** Every role made, with what it was made for (for the cdk-nag acknowledgements). */
  get all(): readonly { role: Role; needs: RoleNeeds }[] {
    return [...this.roles.values()];
  }
}
