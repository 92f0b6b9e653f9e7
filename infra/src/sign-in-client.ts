import { Duration } from "aws-cdk-lib";
import {
  CfnManagedLoginBranding,
  ClientAttributes,
  type IUserPool,
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { scopeAttributeNames } from "./user-directory.ts";

/** Where Cognito sends the browser back with the code: the web's /signed-in/ page. */
export const signInRedirectPath = "/signed-in/";

export interface SignInClientProps {
  userPool: IUserPool;
  /** https://dxxxx.cloudfront.net, no trailing slash. */
  siteUrl: string;
}

/**
 * The web front end's app client: a public client (no secret, since a browser cannot keep
 * one) using the authorization-code grant; the web sends a PKCE S256 challenge, which Cognito
 * then enforces for that code.
 *
 * It lives in the stateless stack, not beside the user pool, because its callback URL is the
 * CloudFront domain, which only exists there: keeping it with the pool would make the two
 * stacks depend on each other. A client holds no user data, and a new client id reaches the
 * authorizer and /config.json in the same deployment.
 */
export class SignInClient extends Construct {
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: SignInClientProps) {
    super(scope, id);

    const standard = { email: true, fullname: true };
    this.client = new UserPoolClient(this, "Client", {
      userPool: props.userPool,
      generateSecret: false,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.siteUrl}${signInRedirectPath}`],
        logoutUrls: [`${props.siteUrl}/`],
      },
      // The ID token carries role and scope, so it must be readable...
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ ...standard, emailVerified: true })
        .withCustomAttributes(...scopeAttributeNames),
      // ...but never writable by its owner: role and scope are set by an administrator.
      writeAttributes: new ClientAttributes().withStandardAttributes(standard),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    // Managed login (the newer version) shows an error page to a client without a style.
    new CfnManagedLoginBranding(this, "Branding", {
      userPoolId: props.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}
