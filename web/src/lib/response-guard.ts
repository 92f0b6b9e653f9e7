import type { Parser } from "./api.ts";

/**
 * Hand-written checks for big read responses. zod checks every response against the contract,
 * but a day list of 200 slots took it a long main-thread task on a slowed phone (issue 13). A
 * guard checks what the page reads (the types and the codes it looks words up by), so a
 * malformed body still becomes "unexpected_response" rather than garbage on the page; its tests
 * hold it to the contract's schema.
 */
export function guarded<T>(is: (value: unknown) => value is T): Parser<T> {
  return {
    safeParse: (input) => (is(input) ? { success: true, data: input } : { success: false }),
  };
}

export type Fields = Record<string, unknown>;

export function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const isString = (value: unknown): value is string => typeof value === "string";
export const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";
export const isOptional =
  <T>(is: (value: unknown) => value is T) =>
  (value: unknown): value is T | undefined =>
    value === undefined || is(value);

/** One of a record's keys: a code the page looks its words up by. */
export const isKeyOf =
  <K extends string>(record: Record<K, unknown>) =>
  (value: unknown): value is K =>
    typeof value === "string" && Object.hasOwn(record, value);

/** An instant the page can read with Date.parse. */
export const isInstant = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/** A London wall-clock time, "17:15". */
export const isClockTime = (value: unknown): value is string =>
  typeof value === "string" && /^\d{2}:\d{2}$/.test(value);
