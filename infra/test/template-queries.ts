import type { Template } from "aws-cdk-lib/assertions";

// biome-ignore lint/suspicious/noExplicitAny: CloudFormation JSON is untyped.
export type CfnValue = any;

export interface CfnResource {
  Type: string;
  Properties: Record<string, CfnValue>;
  DeletionPolicy?: string;
}

export interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: CfnValue;
  Condition?: Record<string, unknown>;
}

export function resourcesOfType(template: Template, type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type) as Record<string, CfnResource>);
}

export function resource(template: Template, logicalId: string): CfnResource {
  const found = template.toJSON().Resources?.[logicalId] as CfnResource | undefined;
  if (!found) throw new Error(`No resource ${logicalId} in the template`);
  return found;
}

/** The logical id inside { Ref: id } or { "Fn::GetAtt": [id, attr] }. */
export function referencedId(value: CfnValue): string {
  if (typeof value?.Ref === "string") return value.Ref;
  const getAtt = value?.["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string") return getAtt[0];
  throw new Error(`Not a reference: ${JSON.stringify(value)}`);
}

/** Every Allow/Deny statement of every IAM policy attached to the role. */
export function statementsForRole(template: Template, roleId: string): PolicyStatement[] {
  return resourcesOfType(template, "AWS::IAM::Policy")
    .filter(([, policy]) =>
      (policy.Properties.Roles as CfnValue[]).some((role) => referencedId(role) === roleId),
    )
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as PolicyStatement[]);
}

export function actionsOf(statements: PolicyStatement[]): string[] {
  return statements.flatMap((statement) =>
    Array.isArray(statement.Action) ? statement.Action : [statement.Action],
  );
}
