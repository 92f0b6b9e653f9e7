/**
 * Reads the named environment variables once, at cold start. A missing one stops the function
 * straight away with its name, instead of failing on the first request that needs it.
 */
export function loadConfig<const Name extends string>(
  required: readonly Name[],
  env: NodeJS.ProcessEnv = process.env,
): Readonly<Record<Name, string>> {
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Missing environment variable${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`,
    );
  }
  return Object.freeze(
    Object.fromEntries(required.map((name) => [name, env[name] as string])),
  ) as Readonly<Record<Name, string>>;
}

/** An optional variable: undefined when unset or empty. */
export function optionalEnv(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}
