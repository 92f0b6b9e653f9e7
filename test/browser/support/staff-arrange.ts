import { createDocumentClient, createDynamoDbClient } from "@front-door/store";
import { type Locator, request } from "playwright-core";
import { expect, inject } from "vitest";
import { visibleText } from "./browser.ts";

/** The runner's own table, for staff tests that arrange data through the real store. */
export function storeForTests() {
  process.env.AWS_REGION ??= "eu-west-2";
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  const client = createDynamoDbClient({
    endpoint: inject("dynamodbEndpoint"),
    region: "eu-west-2",
  });
  return { client, db: createDocumentClient(client), tableName: inject("tableName") };
}

/** A bearer token for a demo user, from the local dev sign-in API, to arrange through the API. */
export async function tokenFor(userId: string): Promise<string> {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const response = await http.post("/api/dev/token", { data: { userId } });
  const { token } = (await response.json()) as { token: string };
  await http.dispose();
  return token;
}

/** London calendar dates, worked out here independently of the pages' own code. */
export const londonDate = (instant: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant);

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday after `date` (a Monday gives the next one). */
export function followingMonday(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, weekday === 1 ? 7 : (8 - weekday) % 7);
}

/** Waits until the element's visible text contains `text` (or matches it). */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await expect
    .poll(() => visibleText(locator).catch(() => ""), { timeout: 10_000 })
    .toMatch(
      typeof text === "string" ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : text,
    );
}

export async function expectNoText(locator: Locator, text: string): Promise<void> {
  expect(await visibleText(locator)).not.toContain(text);
}

export async function expectCount(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: 10_000 }).toBe(count);
}
