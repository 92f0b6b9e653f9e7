import { type APIRequestContext, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import { expectText, tokenFor } from "./support/staff-arrange.ts";

/** Online GP advice as a patient on a small phone: Tom asks Armley, and follows the thread. */
const browser = useBrowser({ viewport: { width: 320, height: 800 } });

let api: APIRequestContext;
const tokens: Record<string, string> = {};
const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });
let savedSettings: { settings: unknown; version: number } | undefined;

/** The smallest file whose first bytes say JPEG, which is what the server checks. */
const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

async function putSettings(settings: unknown, version: number): Promise<number> {
  const response = await api.put("/api/staff/advice/settings", {
    headers: { ...as("user-reception-armley"), "if-match": `"${version}"` },
    data: settings,
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { version: number }).version;
}

beforeAll(async () => {
  api = await request.newContext({ baseURL: inject("baseUrl") });
  for (const user of ["user-patient-tom", "user-reception-armley"]) {
    tokens[user] = await tokenFor(user);
  }
  // Whatever the time of day the test runs, Armley is open: every day, all day, and it takes
  // requests in the last minute too. Put back as it was afterwards.
  const current = await api.get("/api/staff/advice/settings", {
    headers: as("user-reception-armley"),
  });
  expect(current.status()).toBe(200);
  const saved = (await current.json()) as {
    settings: { openingHours: Record<string, unknown> };
    version: number;
  };
  savedSettings = saved;
  const allDay = { opens: "00:00", closes: "23:59" };
  const version = await putSettings(
    {
      ...saved.settings,
      openingHours: Object.fromEntries(
        Object.keys(saved.settings.openingHours).map((day) => [day, allDay]),
      ),
      closedOnBankHolidays: false,
      acceptWhenClosed: true,
    },
    savedSettings.version,
  );
  savedSettings = { ...savedSettings, version };
});
afterAll(async () => {
  if (savedSettings) await putSettings(savedSettings.settings, savedSettings.version);
  await api.dispose();
});

async function choose(page: Page, question: RegExp, answer: string): Promise<void> {
  await page
    .getByRole("group", { name: question })
    .getByRole("radio", { name: answer, exact: true })
    .check();
}

async function next(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Continue" }).click();
  await expectText(page.locator("#ask-step h1"), heading);
}

/** From the start page to "Check your answers": a new problem, in the patient's own words. */
async function askAbout(page: Page, words: string, photo?: string): Promise<void> {
  await page.getByRole("button", { name: "Start now" }).click();
  await page.waitForURL((url) => url.pathname === "/advice/ask/");
  await expectText(page.locator("#ask-step h1"), "Who is this request for?");
  await choose(page, /Who is this request for/, "Me");
  await next(page, /Do you have any of these now/);
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await next(page, /What do you need help with/);
  await choose(page, /What do you need help with/, "A medical problem");
  await next(page, /What is it about/);
  await choose(page, /What is it about/, "A new problem");
  await next(page, /A new problem/);
  await choose(page, /How long have you had it/, "Less than a week");
  await choose(page, /Is it getting worse/, "No");
  await choose(page, /Have you tried anything/, "Yes");
  await next(page, /in your own words/);
  await page.getByLabel("Tell us about it in your own words").fill(words);
  await next(page, /another problem/);
  await choose(page, /another problem/, "No");
  await next(page, /Add photos or documents/);
  if (photo) {
    await page
      .getByLabel("Choose a file")
      .setInputFiles({ name: photo, mimeType: "image/jpeg", buffer: jpeg });
    await expectText(page.locator("#added-files"), photo);
  }
  await next(page, /How should the practice contact you/);
  // Prefilled from Tom's details: he agreed to email.
  expect(await page.getByRole("radio", { name: "Email" }).isChecked()).toBe(true);
  await next(page, /Check your answers/);
}

describe("a patient asks their GP practice", () => {
  it("asks about a rash with a photo, and is told what happens next and by when", async () => {
    const { page } = browser;
    await signInAs(page, "Tom Whitaker", "/advice/");
    await expectText(page.locator("#advice-promise"), "what happens next within 1 working day");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await askAbout(page, "An itchy red rash on my forearm for three days", "rash.jpg");
    // A reload keeps every answer.
    await page.reload();
    await expectText(page.locator("#ask-step h1"), /Check your answers/);
    const rows = await summaryPairs(page.locator("#check-problem-1"));
    expect(rows.map(([key, value]) => [key, value.replace(/ ?Change.*$/, "")])).toEqual([
      ["What it is about", "A new problem"],
      ["How long have you had it?", "Less than a week"],
      ["Is it getting worse?", "No"],
      ["Have you tried anything for it, like medicine from a pharmacy?", "Yes"],
      ["In your own words", "An itchy red rash on my forearm for three days"],
    ]);
    expect(await visibleText(page.locator("#check-files"))).toContain("rash.jpg");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page.getByRole("button", { name: "Send request" }).click();
    await page.waitForURL((url) => url.pathname === "/advice/sent/");
    await expectText(page.locator("#sent-heading"), "Request sent");
    expect(await visibleText(page.locator("#sent-reference"))).toMatch(/^[A-Z0-9-]{6,}$/);
    // Dates in words, working days: "by the end of Friday 4 December".
    expect(await visibleText(page.locator("#what-happens-next"))).toMatch(
      /what happens next by the end of (Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} [A-Z][a-z]+\. You should have a reply by the end of (Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} [A-Z][a-z]+/,
    );
    expect(await visibleText(page.locator("#safety-netting"))).toContain("111");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    // The request, with its photo, as the practice will see it.
    await page.locator("#sent-thread-link").click();
    await page.waitForURL((url) => url.pathname === "/advice/request/");
    await expectText(page.locator("#request-documents"), "rash.jpg");
    await expectText(page.locator("#thread-status"), "Sent to your practice");
  });

  it("shows emergency advice at once for a red flag in the patient's words, and sends it on flagged", async () => {
    const { page } = browser;
    await signInAs(page, "Tom Whitaker", "/advice/");
    await askAbout(page, "I have crushing chest pain since this morning");
    await page.getByRole("button", { name: "Send request" }).click();
    await expectText(page.locator("#advice-heading"), /./);
    expect(await visibleText(page.locator("#advice-recorded"))).toContain("marked it urgent");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page.getByRole("button", { name: "This is not what I meant" }).click();
    await page.waitForURL((url) => url.pathname === "/advice/sent/");
    await expectText(page.locator("#not-meant-recorded"), "still treat your request as urgent");
    const requestId = new URL(page.url()).searchParams.get("request") ?? "";
    const staff = await api.get(`/api/staff/advice/requests/${requestId}`, {
      headers: as("user-reception-armley"),
    });
    const { request: seen } = (await staff.json()) as {
      request: { urgent: boolean; patientSaysNotAnEmergency?: boolean; redFlags: unknown[] };
    };
    expect(seen.urgent).toBe(true);
    expect(seen.patientSaysNotAnEmergency).toBe(true);
    expect(seen.redFlags.length).toBeGreaterThan(0);
  });

  it("shows emergency advice at once when a sign is ticked, and sends nothing to the practice", async () => {
    const { page } = browser;
    const before = await api.get("/api/me/advice/requests", { headers: as("user-patient-tom") });
    const count = ((await before.json()) as { requests: unknown[] }).requests.length;
    await signInAs(page, "Tom Whitaker", "/advice/");
    await page.getByRole("button", { name: "Start now" }).click();
    await expectText(page.locator("#ask-step h1"), "Who is this request for?");
    await choose(page, /Who is this request for/, "Me");
    await next(page, /Do you have any of these now/);
    await page.getByRole("checkbox", { name: "Severe or crushing chest pain" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expectText(page.locator("#advice-heading"), /./);
    expect(await visibleText(page.locator("#advice-reasons"))).toContain("chest pain");
    expect(await visibleText(page.locator("#advice-recorded"))).toContain(
      "Nothing has been sent to your practice",
    );
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    const after = await api.get("/api/me/advice/requests", { headers: as("user-patient-tom") });
    expect(((await after.json()) as { requests: unknown[] }).requests).toHaveLength(count);
  });

  it("shows the practice's question as text, and the patient replies in the thread", async () => {
    const { page } = browser;
    const sent = await api.post("/api/me/advice/requests", {
      headers: { ...as("user-patient-tom"), "idempotency-key": crypto.randomUUID() },
      data: {
        subject: { kind: "self" },
        emergencyCheck: { population: "adult", signs: [] },
        problems: [
          {
            type: "new-problem",
            answers: { howLong: "days", gettingWorse: false, triedSelfCare: true },
            description: "A rash on my arm",
          },
        ],
      },
    });
    const created = (await sent.json()) as { kind: string; requestId: string };
    expect(created.kind).toBe("sent");
    const asked = await api.post(`/api/staff/advice/requests/${created.requestId}/actions`, {
      headers: as("user-reception-armley"),
      data: { type: "ask", text: "<b>Is it spreading?</b> Please reply here." },
    });
    expect(asked.status(), await asked.text()).toBe(200);

    await signInAs(page, "Tom Whitaker", `/advice/request/?id=${created.requestId}`);
    const practice = page.locator('#thread-entries [data-entry-kind="from-practice"]');
    await expectText(practice, "Needs your reply");
    // Markup from anyone is shown as the characters typed, never made into elements.
    expect(await visibleText(practice)).toContain("<b>Is it spreading?</b> Please reply here.");
    expect(await practice.locator("b").count()).toBe(0);
    await expectText(page.locator("#thread-status"), "Waiting for your reply");
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);

    await page
      .getByLabel("Reply to your practice")
      .fill("It is not spreading, and it itches less today.");
    await page
      .getByLabel(/Add a photo or document/)
      .setInputFiles({ name: "arm-today.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await expectText(page.locator("#reply-files"), "arm-today.jpg");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expectText(page.locator("#reply-sent"), "Your reply has been sent");
    const reply = page.locator('#thread-entries [data-entry-kind="from-patient"]');
    await expectText(reply, "It is not spreading, and it itches less today.");
    // The photo goes with the reply, as a link that fetches its download when used.
    await expectText(reply.getByRole("link", { name: "arm-today.jpg" }), "arm-today.jpg");

    // Listed among his requests.
    await page.goto("/advice/requests/");
    await expectText(page.locator(`[data-request-id="${created.requestId}"]`), "Medical request");
    await expectAccessible(page);
  });
  it("says when it is closed what to do instead, in the practice's own words as text, never 'try again at 8am'", async () => {
    const { page } = browser;
    const saved = savedSettings as {
      settings: { openingHours: Record<string, unknown> };
      version: number;
    };
    // No hours on any day: closed whatever the time the test runs.
    const closedVersion = await putSettings(
      {
        ...saved.settings,
        openingHours: Object.fromEntries(
          Object.keys(saved.settings.openingHours).map((d) => [d, null]),
        ),
        acceptWhenClosed: false,
        closedMessage: "<i>We are training staff.</i> Call us on 0113 496 0000.",
      },
      saved.version,
    );
    savedSettings = { ...saved, version: closedVersion };
    await signInAs(page, "Tom Whitaker", "/advice/");
    await expectText(page.locator("#advice-start-heading"), "closed for online requests");
    expect(await visibleText(page.locator("#closed-message"))).toBe(
      "<i>We are training staff.</i> Call us on 0113 496 0000.",
    );
    expect(await page.locator("#closed-message i").count()).toBe(0);
    const whereToGo = await visibleText(page.locator("#where-to-go-now"));
    expect(whereToGo).toContain("pharmacy");
    expect(whereToGo).toContain("111");
    expect(whereToGo).toContain("999");
    expect(await visibleText(page.locator("main"))).not.toMatch(/try again at 8/i);
    expect(await page.getByRole("button", { name: "Start now" }).isVisible()).toBe(false);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  });
});
