import * as z from "zod/mini";

/**
 * "ok" with 200 when the function runs and the table answers; "unavailable" with 503 and
 * Retry-After when the database does not (the same body, so monitors read one shape).
 */
export const HealthResponse = z.object({
  status: z.enum(["ok", "unavailable"]),
  service: z.string(),
  time: z.string(),
  database: z.enum(["ok", "unreachable"]),
});
export type HealthResponse = z.infer<typeof HealthResponse>;
