import type { FieldError, Schema } from "@front-door/contracts";
import * as z from "zod/mini";

type Issue = z.core.$ZodIssue;

/** Turns zod issues into the API's field errors: dot-joined paths, messages a person can act on. */
export function fieldErrors(issues: readonly Issue[], root: string): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : root;
    return { path, message: friendlyMessage(issue, path) };
  });
}

/**
 * A schema's own message is kept; zod's generic ones ("Invalid input: expected string, received
 * undefined") are reworded with the field's name.
 */
function friendlyMessage(issue: Issue, path: string): string {
  if (!issue.message.startsWith("Invalid")) return issue.message;
  const name = path.split(".").at(-1) ?? path;
  if (issue.code === "invalid_type" && issue.input === undefined) return `${name} is required`;
  if (issue.code === "invalid_type") return `${name} must be ${article(issue.expected)}`;
  if (issue.code === "invalid_value" && "values" in issue) {
    return `${name} must be one of: ${issue.values.map(String).join(", ")}`;
  }
  return issue.message;
}

const article = (expected: string) =>
  /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;

export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

export function parseWith<S extends Schema>(
  schema: S,
  input: unknown,
  root: string,
): Parsed<z.infer<S>> {
  const result = z.safeParse(schema, input);
  return result.success
    ? { ok: true, value: result.data as z.infer<S> }
    : { ok: false, fields: fieldErrors(result.error.issues, root) };
}
