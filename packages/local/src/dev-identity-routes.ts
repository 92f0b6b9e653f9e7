import type { IncomingMessage, ServerResponse } from "node:http";
import {
  DevTokenRequest,
  type DevTokenResponse,
  type DevUser,
  type DevUsersResponse,
} from "@front-door/contracts";
import type { DemoUser } from "@front-door/store";
import { BodyTooLarge, errorBody, readBody, sendJson } from "./http-io.ts";
import { type IdentityIssuer, tokenLifetimeSeconds } from "./identity.ts";

export const devUsersPath = "/api/dev/users";
export const devTokenPath = "/api/dev/token";
export const jwksPath = "/.well-known/jwks.json";

const noStore = { "cache-control": "no-store" };

/**
 * The local sign-in: list the demo people, mint a token for one. These exist only in the runner,
 * never in the route table, so they can never be deployed. Returns undefined when the path is
 * not one of them.
 */
export async function handleDevIdentityRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  identity: IdentityIssuer,
  users: readonly DemoUser[],
): Promise<number | undefined> {
  if (path === jwksPath) {
    if (req.method !== "GET")
      return sendJson(res, 405, { message: "Method Not Allowed" }, { allow: "GET" });
    return sendJson(res, 200, identity.jwks);
  }
  if (path === devUsersPath) {
    if (req.method !== "GET")
      return sendJson(res, 405, { message: "Method Not Allowed" }, { allow: "GET" });
    const body: DevUsersResponse = { users: users.map(toDevUser) };
    return sendJson(res, 200, body, noStore);
  }
  if (path !== devTokenPath) return undefined;
  if (req.method !== "POST")
    return sendJson(res, 405, { message: "Method Not Allowed" }, { allow: "POST" });

  let parsed: unknown;
  try {
    const text = (await readBody(req, 64 * 1024)).toString("utf8");
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return sendJson(res, 413, errorBody("payload_too_large", "The request body is too large"));
    }
    return sendJson(res, 400, errorBody("malformed_json", "The request body is not valid JSON"));
  }
  const request = DevTokenRequest.safeParse(parsed);
  if (!request.success) {
    return sendJson(
      res,
      400,
      errorBody("validation_failed", "Choose a demo user", [
        { path: "userId", message: "Give the id of one of the demo users" },
      ]),
    );
  }
  const user = users.find((candidate) => candidate.id === request.data.userId);
  if (!user) {
    return sendJson(
      res,
      400,
      errorBody("validation_failed", "Choose a demo user", [
        { path: "userId", message: `There is no demo user with id "${request.data.userId}"` },
      ]),
    );
  }
  const body: DevTokenResponse = {
    token: await identity.issueToken(user),
    tokenType: "Bearer",
    expiresIn: tokenLifetimeSeconds,
    user: toDevUser(user),
  };
  return sendJson(res, 200, body, noStore);
}

export function toDevUser(user: DemoUser): DevUser {
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    description: user.description,
  };
}
