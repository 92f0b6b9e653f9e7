import { tableDefinition } from "@front-door/store/table-definition";
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { DocumentsBucket } from "./documents-bucket.ts";
import { UserDirectory } from "./user-directory.ts";
import { WebBuckets } from "./web-buckets.ts";

export interface StatefulStackProps extends StackProps {
  /** Names things that must be unique per account and region, e.g. the Cognito domain. */
  stage: string;
  /** Origins the browser uploads documents from (CORS on the documents bucket). */
  webOrigins?: readonly string[];
}

/**
 * What holds data: the table, the user pool, the web buckets and the documents bucket. Everything here is retained on
 * delete, so the stateless stack beside it can be destroyed and redeployed freely.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly users: UserDirectory;
  readonly webBuckets: WebBuckets;
  readonly documents: DocumentsBucket;
  /** Fixed like the site bucket's, so functions import it by name (no export to pin it). */
  readonly documentsBucketName: string;
  /** Account and region keep it globally unique; the stage keeps stages apart. */
  readonly siteBucketName: string;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    this.table = frontDoorTable(this);
    this.users = new UserDirectory(this, "Users", { stage: props.stage });
    this.siteBucketName = `front-door-${props.stage}-site-${this.account}-${this.region}`;
    this.webBuckets = new WebBuckets(this, "Web", { siteBucketName: this.siteBucketName });
    this.documentsBucketName = `front-door-${props.stage}-documents-${this.account}-${this.region}`;
    this.documents = new DocumentsBucket(this, "Documents", {
      bucketName: this.documentsBucketName,
      accessLogs: this.webBuckets.accessLogs,
      webOrigins: props.webOrigins ?? [],
    });

    new CfnOutput(this, "TableName", { value: this.table.tableName });
    new CfnOutput(this, "UserPoolId", { value: this.users.userPool.userPoolId });
    new CfnOutput(this, "CognitoDomain", { value: this.users.domain.baseUrl() });
    new CfnOutput(this, "DocumentsBucketName", { value: this.documents.bucket.bucketName });
  }
}

/**
 * The single table, read from the shared definition so the local runner's CreateTable and this
 * stack cannot drift. Every key in the single-table design is a string (as in ensureTable).
 */
function frontDoorTable(scope: Construct): Table {
  const key = (name: string) => ({ name, type: AttributeType.STRING });
  const table = new Table(scope, "Table", {
    partitionKey: key(tableDefinition.partitionKey),
    sortKey: key(tableDefinition.sortKey),
    timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    // New images for the outbox: the message delivery function reads new messages from it.
    stream: StreamViewType[tableDefinition.stream],
    // On-demand: nothing to pay while idle, no capacity to tune.
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    // The AWS-managed key costs nothing per month and puts SSE on record in the template.
    encryption: TableEncryption.AWS_MANAGED,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const gsi of tableDefinition.globalSecondaryIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: gsi.indexName,
      partitionKey: key(gsi.partitionKey),
      sortKey: key(gsi.sortKey),
      projectionType: ProjectionType[gsi.projection],
      ...(gsi.projection === "INCLUDE" ? { nonKeyAttributes: [...gsi.nonKeyAttributes] } : {}),
    });
  }
  return table;
}
