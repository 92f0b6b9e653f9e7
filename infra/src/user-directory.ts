import { claimNames, roles } from "@front-door/contracts";
import { Aws, Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  AccountRecovery,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolDomain,
  UserPoolGroup,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { pascalCase } from "./naming.ts";

const customPrefix = "custom:";

/**
 * The custom attributes that carry a user's scope (patient id, NHS number, site, ICB), derived
 * from the claim names the functions read: ["patient_id", "nhs_number", "site_id", "icb_id"].
 */
export const scopeAttributeNames: readonly string[] = Object.values(claimNames)
  .filter((claim) => claim.startsWith(customPrefix))
  .map((claim) => claim.slice(customPrefix.length));

export interface UserDirectoryProps {
  stage: string;
}

/**
 * Who may sign in, and as what. Staff and patients are created by an administrator (no self
 * sign-up): the role is a group membership and the scope is a custom attribute, and neither
 * can be written by the user (see the app client's write attributes in SignInClient).
 */
export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);

    this.userPool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        // "name" in the ID token: the display name the web shows.
        fullname: { required: false, mutable: true },
      },
      // Mutable so an administrator can move a receptionist to another site; users cannot.
      customAttributes: Object.fromEntries(
        scopeAttributeNames.map((name) => [name, new StringAttribute({ mutable: true })]),
      ),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Health records: a second factor for everyone. TOTP only, so there is no SMS bill
      // and no SNS role; managed login walks users through enrolling an authenticator app.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Essentials: managed login, and no charge below the free tier's monthly active users.
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const role of roles) {
      // The construct id follows the name: reordering roles must not replace a group.
      new UserPoolGroup(this, `${pascalCase(role)}Group`, {
        userPool: this.userPool,
        groupName: role,
        description: `Front Door ${role}: the role the API grants from cognito:groups`,
      });
    }

    this.domain = this.userPool.addDomain("Domain", {
      // Prefixes are global per region: the account id keeps two accounts' stages apart.
      cognitoDomain: { domainPrefix: `front-door-${props.stage}-${Aws.ACCOUNT_ID}` },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
  }
}
