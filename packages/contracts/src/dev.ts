import * as z from "zod/mini";
import { PatientMessage } from "./messages.ts";
import { Role } from "./roles.ts";

/**
 * Local-only dev identity routes, served by the local runner and never deployed to AWS:
 * GET /api/dev/users and POST /api/dev/token.
 */
export const DevUser = z.object({
  id: z.string(),
  role: Role,
  displayName: z.string(),
  description: z.string(),
});
export type DevUser = z.infer<typeof DevUser>;

export const DevUsersResponse = z.object({ users: z.array(DevUser) });
export type DevUsersResponse = z.infer<typeof DevUsersResponse>;

export const DevTokenRequest = z.object({ userId: z.string().check(z.minLength(1)) });
export type DevTokenRequest = z.infer<typeof DevTokenRequest>;

export const DevTokenResponse = z.object({
  /** A signed ID token with the same claims Cognito would issue. */
  token: z.string(),
  tokenType: z.literal("Bearer"),
  expiresIn: z.number(),
  user: DevUser,
});
export type DevTokenResponse = z.infer<typeof DevTokenResponse>;

/**
 * Local-only GET /api/dev/inbox: what each demo patient was sent, newest first, and where texts
 * and emails would go. In AWS a function delivers these; locally this is the only place they show.
 */
export const DevInbox = z.object({
  user: DevUser,
  patientId: z.string(),
  contact: z.object({ mobile: z.optional(z.string()), email: z.optional(z.string()) }),
  messages: z.array(PatientMessage),
});
export type DevInbox = z.infer<typeof DevInbox>;

export const DevInboxResponse = z.object({ inboxes: z.array(DevInbox) });
export type DevInboxResponse = z.infer<typeof DevInboxResponse>;

/** Served at /config.json: tells the web front end how to sign people in. */
export const WebConfig = z.object({
  auth: z.union([
    z.object({ mode: z.literal("dev") }),
    z.object({
      mode: z.literal("cognito"),
      domain: z.string(),
      clientId: z.string(),
      redirectPath: z.string(),
    }),
  ]),
});
export type WebConfig = z.infer<typeof WebConfig>;
