import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  confirmBooking,
  countUpdate,
  createDocumentClient,
  createDynamoDbClient,
  holdSlot,
  type NewSlot,
  publishSlots,
} from "@front-door/store";
import { type APIRequestContext, type Page, request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./support/axe.ts";
import { signInAs, useBrowser, visibleText } from "./support/browser.ts";
import { boxes, typeDate, typedDate } from "./support/date-input.ts";

const browser = useBrowser();

/** London calendar dates, worked out here independently of the page's own code. */
const londonDate = (instant: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant);
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const longDate = (date: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));

const today = londonDate(new Date());
const yesterday = dayBefore(today);
const run = randomUUID().slice(0, 8);

interface Figures {
  capacity: number;
  booked: number;
}

/** What the API said before this file arranged anything: other test files share the table. */
interface Baseline {
  all: Figures;
  halifax: Figures;
  halifaxPhysio: Figures;
  days: Record<string, Figures>;
}

let baseline: Baseline;

async function analystDashboard(http: APIRequestContext, query: string) {
  const token = await http.post("/api/dev/token", { data: { userId: "user-analyst-wy" } });
  const { token: bearer } = (await token.json()) as { token: string };
  const response = await http.get(`/api/icb/dashboard?${query}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    totals: Figures;
    days: (Figures & { date: string })[];
    breakdown: (Figures & { siteId: string; service: string })[];
  };
}

/** A demo user's bearer token, from the local dev sign-in. */
async function bearerOf(http: APIRequestContext, userId: string): Promise<string> {
  const response = await http.post("/api/dev/token", { data: { userId } });
  return ((await response.json()) as { token: string }).token;
}

interface JourneyFigures {
  phb: {
    applicationsReceived: number;
    eligibility: { decisions: number };
    applicationsByStage: { routeName: string; stages: Record<string, number> }[];
    quarterlyReturn: { quarter: string; rows: unknown[] };
  };
  advice: { sites: unknown[]; totals: { requests: number } };
}

/** The PHB and advice figures the API gives Helen for the page's default four weeks. */
async function journeyFigures(http: APIRequestContext): Promise<JourneyFigures> {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - 27 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const response = await http.get(`/api/icb/dashboard?from=${from}&to=${today}`, {
    headers: { authorization: `Bearer ${await bearerOf(http, "user-analyst-wy")}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as JourneyFigures;
}

/**
 * Over the local API, as the journeys themselves do: Amira applies for a personal health budget
 * and West Yorkshire's case manager finds her eligible, so the section gains one application
 * and one decision.
 */
async function arrangePhb(http: APIRequestContext): Promise<void> {
  const amira = await bearerOf(http, "user-patient-amira");
  const applied = await http.post("/api/me/phb/applications", {
    headers: { authorization: `Bearer ${amira}` },
    data: {
      routeId: "chc",
      currentSupport: [{ description: "Carers twice a day", providedBy: "Leeds City Council" }],
      outcomes: ["Stay in my own home"],
      holdingPreference: "notional",
    },
  });
  expect(applied.status()).toBe(201);
  const { id, version } = (await applied.json()) as { id: string; version: number };
  const decided = await http.post(`/api/phb/applications/${id}/actions`, {
    headers: {
      authorization: `Bearer ${await bearerOf(http, "user-phb-case-manager-wy")}`,
      "if-match": String(version),
    },
    data: { type: "decide-eligible" },
  });
  expect(decided.status()).toBe(200);
}

const slot = (siteId: string, service: string, localDate: string, hhmm: string): NewSlot => ({
  id: `${siteId}_${service}_${localDate}_${hhmm}_${run}`,
  siteId,
  icbId: "icb-west-yorkshire",
  service,
  channel: "in-person",
  // Instants are not what the dashboard counts by (localDate is), so UTC is near enough here.
  start: `${localDate}T${hhmm}:00.000Z`,
  end: `${localDate}T${hhmm.slice(0, 3)}30:00.000Z`,
  localDate,
  localStart: hhmm,
  sameDayOnly: true,
  templateId: `dashboard-test-${run}`,
});

/**
 * Through the real store, as the receptionist and booking journeys would: Halifax physiotherapy
 * has 3 slots yesterday and 2 today with one booking on each day; Armley has 2 same-day GP slots
 * today and no bookings. So West Yorkshire gains capacity 7, booked 2; Halifax capacity 5.
 */
async function arrange(): Promise<void> {
  process.env.AWS_REGION ??= "eu-west-2";
  process.env.AWS_ACCESS_KEY_ID ??= "local";
  process.env.AWS_SECRET_ACCESS_KEY ??= "local";
  const client = createDynamoDbClient({
    endpoint: inject("dynamodbEndpoint"),
    region: "eu-west-2",
  });
  const db = createDocumentClient(client);
  const tableName = inject("tableName");
  const halifaxYesterday = ["09:00", "10:00", "11:00"].map((t) =>
    slot("site-halifax", "physiotherapy", yesterday, t),
  );
  const halifaxToday = ["09:00", "10:00"].map((t) =>
    slot("site-halifax", "physiotherapy", today, t),
  );
  const armleyToday = ["08:00", "08:30"].map((t) => slot("site-armley", "same-day-gp", today, t));
  await publishSlots(db, tableName, [...halifaxYesterday, ...halifaxToday, ...armleyToday]);
  const now = new Date();
  for (const [i, s] of [halifaxYesterday[0], halifaxToday[0]].entries()) {
    if (!s) throw new Error("no slot");
    const patientId = `patient-dashboard-${run}-${i}`;
    const held = await holdSlot(db, tableName, s.id, patientId, now);
    if (held.kind !== "held") throw new Error(`hold failed: ${held.kind}`);
    const booked = await confirmBooking(db, tableName, {
      slot: held.slot,
      appointmentId: `appt-dashboard-${run}-${i}`,
      bookingReference: `DB${run}${i}`.toUpperCase(),
      patientId,
      bookedBy: "staff",
      sameDay: true,
      now,
      message: {
        id: `msg-dashboard-${run}-${i}`,
        kind: "booking-confirmed",
        channels: [],
        text: "Booked",
      },
    });
    if (booked.kind !== "booked") throw new Error(`booking failed: ${booked.kind}`);
  }
  client.destroy();
}

beforeAll(async () => {
  const http = await request.newContext({ baseURL: inject("baseUrl") });
  const range = `from=${dayBefore(dayBefore(today))}&to=${today}`;
  const all = await analystDashboard(http, range);
  const halifax = await analystDashboard(http, `${range}&siteId=site-halifax`);
  await http.dispose();
  const physio = halifax.breakdown.find((line) => line.service === "physiotherapy");
  baseline = {
    all: all.totals,
    halifax: halifax.totals,
    halifaxPhysio: { capacity: physio?.capacity ?? 0, booked: physio?.booked ?? 0 },
    days: Object.fromEntries(all.days.map((d) => [d.date, d])),
  };
  await arrange();
});

const tile = (page: Page, figure: string) =>
  visibleText(page.locator(`#totals [data-figure="${figure}"] .app-total__value`));

/** A table's body rows as cell texts (the responsive headings are hidden at this width). */
function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.locator(`#${id} tbody tr`).evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll<HTMLElement>("th, td")].map((cell) =>
        // biome-ignore lint/performance/useDomNodeTextContent: what is shown, without hidden headings
        cell.innerText.replace(/\s+/g, " ").trim(),
      ),
    ),
  );
}

/** Daily table columns: Date, Demand, Capacity, Booked, Utilisation, Unmet, Diversions, ... */
const dailyColumns = { capacity: 2, booked: 3 };

describe("the ICB dashboard", () => {
  it("sends signed-out people to sign in, then back to the dashboard", async () => {
    const { page } = browser;
    await page.goto("/dashboard/");
    await page.waitForURL((url) => url.pathname === "/sign-in/");
    expect(new URL(page.url()).searchParams.get("return")).toBe("/dashboard/");
    await page.getByRole("button", { name: "Sign in as Helen Brooks" }).click();
    await page.waitForURL((url) => url.pathname === "/dashboard/");
    await page.locator("#totals").waitFor();
  });

  it("shows an analyst her ICB's totals, chart, daily table and breakdown from the counts", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    await expectAccessible(page);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "NHS West Yorkshire ICB: Demand and capacity",
    );
    expect(await typedDate(page, "Start date")).toEqual(
      boxes(
        new Date(Date.parse(`${today}T00:00:00Z`) - 27 * 86_400_000).toISOString().slice(0, 10),
      ),
    );
    expect(await typedDate(page, "End date")).toEqual(boxes(today));
    const menu = page.getByRole("navigation", { name: "Menu" });
    expect(await menu.getByRole("link", { name: "Dashboard" }).isVisible()).toBe(true);

    // The default range holds the three days read as a baseline, so the arranged counts add on.
    const totalCapacity = Number(await tile(page, "capacity"));
    const totalBooked = Number(await tile(page, "booked"));
    expect(totalCapacity).toBeGreaterThanOrEqual(baseline.all.capacity + 7);
    expect(totalBooked).toBeGreaterThanOrEqual(baseline.all.booked + 2);
    expect(await tile(page, "utilisation")).toBe(
      `${Math.round((totalBooked / totalCapacity) * 100)}%`,
    );

    const rows = await tableRows(page, "daily-table");
    expect(rows).toHaveLength(28);
    const row = (date: string) => rows.find((r) => r[0] === longDate(date)) ?? [];
    const earlier = (date: string) => baseline.days[date] ?? { capacity: 0, booked: 0 };
    expect(row(today)[dailyColumns.capacity]).toBe(String(earlier(today).capacity + 4));
    expect(row(today)[dailyColumns.booked]).toBe(String(earlier(today).booked + 1));
    expect(row(yesterday)[dailyColumns.capacity]).toBe(String(earlier(yesterday).capacity + 3));
    expect(row(yesterday)[dailyColumns.booked]).toBe(String(earlier(yesterday).booked + 1));

    const breakdown = await tableRows(page, "breakdown-table");
    const physio = breakdown.find(
      (r) =>
        r[0] === "Halifax Central Neighbourhood Health Centre" &&
        r[1] === "Physiotherapy (muscles, bones and joints)",
    );
    expect(physio?.slice(3, 5)).toEqual([
      String(baseline.halifaxPhysio.capacity + 5),
      String(baseline.halifaxPhysio.booked + 2),
    ]);

    const chart = page.getByRole("img", { name: /Chart of demand, capacity and booked/ });
    expect(await chart.getAttribute("aria-label")).toContain("each of the 28 days");
    expect(await page.locator(".app-chart-legend li").allInnerTexts()).toEqual([
      "Capacity (slots available)",
      "Booked appointments",
      "Demand (same-day requests)",
    ]);
    await page.getByText("What the figures mean").click();
    const definitions = await visibleText(page.locator("#definitions"));
    expect(definitions).toContain("Same-day requests made, including requests sent elsewhere");
    expect(await visibleText(page.locator("main"))).not.toMatch(/patient-dashboard|appt-dashboard/);
  });

  it("narrows the figures to one site", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    await page
      .getByLabel("Site", { exact: true })
      .selectOption({ label: "Halifax Central Neighbourhood Health Centre" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.waitForURL(/siteId=site-halifax/);
    await page.locator("#totals").waitFor();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    expect(await visibleText(page.locator("#results-heading"))).toContain(
      "Halifax Central Neighbourhood Health Centre, all services",
    );
    expect(Number(await tile(page, "capacity"))).toBeGreaterThanOrEqual(
      baseline.halifax.capacity + 5,
    );
    const sites = new Set((await tableRows(page, "breakdown-table")).map((r) => r[0]));
    expect([...sites]).toEqual(["Halifax Central Neighbourhood Health Centre"]);
    expect(await page.getByLabel("Site", { exact: true }).inputValue()).toBe("site-halifax");
  });

  it("shows a backwards range in an error summary linked to the end date", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/?from=2026-12-07&to=2026-12-01");
    const summary = page.locator("#error-summary");
    await summary.waitFor();
    await expectAccessible(page);
    expect(await page.title()).toBe("Error: Demand and capacity – Front Door – NHS");
    const link = summary.getByRole("link", {
      name: "The end date must be the same as or after the start date",
    });
    expect(await link.getAttribute("href")).toBe("#to-day");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(
      await page.getByRole("group", { name: "End date" }).getAttribute("aria-describedby"),
    ).toBe("to-hint to-day-error");
    // The form keeps what was typed and still offers the ICB's sites; no figures are shown.
    expect(await typedDate(page, "Start date")).toEqual(["7", "12", "2026"]);
    expect(await page.locator("#siteId option").count()).toBe(5);
    expect(await visibleText(page.locator("h1"))).toContain("NHS West Yorkshire ICB");
    expect(await page.locator("#totals").count()).toBe(0);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("to-day");
  });

  it("says which box of a typed date is wrong, before asking for any figures", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    await typeDate(page, "Start date", ["30", "2", "2026"]);
    await typeDate(page, "End date", ["1", "", "2026"]);
    await page.getByRole("button", { name: "Show figures" }).click();
    const summary = page.locator("#error-summary");
    await summary.waitFor();
    expect(await summary.getByRole("link").allInnerTexts()).toEqual([
      "Start date must be a real date: February 2026 has 28 days",
      "End date must include a month",
    ]);
    expect(
      await summary
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).toEqual(["#from-day", "#to-month"]);
    expect(
      await page.locator("#from .nhsuk-input--error").evaluateAll((els) => els.map((e) => e.id)),
    ).toEqual(["from-day"]);
    expect(
      await page.locator("#to .nhsuk-input--error").evaluateAll((els) => els.map((e) => e.id)),
    ).toEqual(["to-month"]);
    expect(new URL(page.url()).search).toBe("");
    expect(await page.title()).toBe("Error: Demand and capacity – Front Door – NHS");
    await expectAccessible(page);

    // Fixed as people type: one-digit day and month; the figures follow, the title loses "Error".
    await typeDate(page, "Start date", ["1", "2", "2026"]);
    await typeDate(page, "End date", ["1", "Mar", "2026"]);
    await page.getByRole("button", { name: "Show figures" }).click();
    await page.waitForURL(/from=2026-02-01&to=2026-03-01/);
    await page.locator("#totals").waitFor();
    expect(await page.title()).toBe("Demand and capacity – Front Door – NHS");
  });

  it("lets the CSV be downloaded with every day, the breakdown and the total", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 27 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(download.suggestedFilename()).toBe(
      `front-door-demand-icb-west-yorkshire-${from}-to-${today}.csv`,
    );
    const text = await readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Section,Date,Site,Service,Demand,Capacity,Booked,Utilisation (booked / capacity),Cancelled,Did not attend,Unmet,Diversions",
    );
    expect(lines.filter((l) => l.startsWith("Day,"))).toHaveLength(28);
    /** The figures after a row's leading text fields (demand, capacity, booked, ...). */
    const figuresAfter = (prefix: string) =>
      lines
        .find((l) => l.startsWith(prefix))
        ?.slice(prefix.length)
        .split(",") ?? [];
    const todayRow = figuresAfter(`Day,${today},All sites,All services,`);
    expect(todayRow[1]).toBe(String((baseline.days[today]?.capacity ?? 0) + 4));
    expect(todayRow[2]).toBe(String((baseline.days[today]?.booked ?? 0) + 1));
    const physio = figuresAfter(
      `Site and service,${from} to ${today},Halifax Central Neighbourhood Health Centre,"Physiotherapy (muscles, bones and joints)",`,
    );
    // The service name holds commas, so it arrives quoted.
    expect(physio.slice(1, 3)).toEqual([
      String(baseline.halifaxPhysio.capacity + 5),
      String(baseline.halifaxPhysio.booked + 2),
    ]);
    const total = figuresAfter(`Total,${from} to ${today},All sites,All services,`);
    expect(total[1]).toBe(await tile(page, "capacity"));
    expect(text).not.toMatch(/patient|appt-|DB[0-9A-F]{8}/i);
  });

  it("downloads the self-referrals CSV with plain-English headings and reasons, and numbers as numbers", async () => {
    const { page } = browser;
    // Today's self-referral counts at Armley, as the referral journey adds them: sent, one not
    // eligible (outside the area) and one rejected (not suitable), so the file has a row of them.
    const client = createDynamoDbClient({
      endpoint: inject("dynamodbEndpoint"),
      region: "eu-west-2",
    });
    const tableName = inject("tableName");
    await createDocumentClient(client).send(
      new TransactWriteCommand({
        TransactItems: [
          countUpdate(
            tableName,
            {
              icbId: "icb-west-yorkshire",
              siteId: "site-armley",
              service: "physiotherapy",
              localDate: today,
            },
            {
              referralsSubmitted: 2,
              referralsIneligible: 1,
              "ineligible:outside-catchment": 1,
              referralsRejected: 1,
              "rejected:not-suitable": 1,
            },
          ),
        ],
      }),
    );
    client.destroy();
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download self-referrals CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^front-door-self-referrals-icb-west-yorkshire-/);
    const text = await readFile(await download.path(), "utf8");
    const [head = "", ...rows] = text.slice(1).trimEnd().split("\r\n");
    expect(head).toContain("Referrals sent");
    expect(head).toContain("Rejected: Not suitable for this service");
    expect(head).toContain("Not eligible: Outside the area the service covers");
    expect(head).toContain('"Time to triage, median, up to (hours)"');
    // No internal codes anywhere, and no words where the figures are.
    expect(text).not.toMatch(
      /not-suitable|outside-catchment|needs-gp-assessment|below-minimum-age/,
    );
    expect(text).not.toMatch(/within \d|over \d/);
    const physio = rows.find((row) => row.includes("Physiotherapy"));
    expect(physio).toBeDefined();
    for (const row of rows) {
      // After the dates, site and (possibly quoted) service name, every cell is a number or empty.
      const figures = row.replace(/^[^,]*,("[^"]*"|[^,]*),("[^"]*"|[^,]*),/, "").split(",");
      for (const cell of figures) expect(cell, row).toMatch(/^\d*$/);
    }
  });

  it("shows the personal health budget and online advice sections as tables of counts", async () => {
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const before = await journeyFigures(http);
    await arrangePhb(http);
    const after = await journeyFigures(http);
    await http.dispose();
    expect(after.phb.applicationsReceived).toBe(before.phb.applicationsReceived + 1);
    expect(after.phb.eligibility.decisions).toBe(before.phb.eligibility.decisions + 1);

    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#phb-heading").waitFor();
    await expectAccessible(page);
    const decisions = await visibleText(page.locator("#phb-decisions"));
    expect(decisions).toContain(`Applications received ${after.phb.applicationsReceived}`);
    expect(decisions).toContain(`Eligibility decisions ${after.phb.eligibility.decisions}`);
    const chc = after.phb.applicationsByStage.find((r) => r.routeName.startsWith("NHS Continuing"));
    const stages = await tableRows(page, "phb-stage-table");
    expect(stages).toContainEqual([
      "NHS Continuing Healthcare (adults)",
      "Eligible, waiting for assessment",
      String(chc?.stages.eligible),
    ]);
    expect((await tableRows(page, "phb-in-place-table")).map((r) => r[0])).toEqual([
      "Notional budget",
      "Third party budget",
      "Direct payment",
      "Mixed",
      "All ways",
    ]);
    // The advice section says what the API says: a row per site and a total, or that there is none.
    if (after.advice.sites.length > 0) {
      const sites = await tableRows(page, "advice-site-table");
      expect(sites).toHaveLength(after.advice.sites.length + 1);
      expect(sites.at(-1)?.slice(0, 2)).toEqual([
        "All sites",
        String(after.advice.totals.requests),
      ]);
    } else {
      expect(await visibleText(page.locator("#no-advice"))).toBe(
        "No online advice requests for these dates.",
      );
    }
    expect(await visibleText(page.locator("main"))).not.toMatch(/Amira|Hussain|PHB-[0-9A-Z]{6}/);
  });

  it("downloads the quarterly PHB return as CSV, a row for every group and way", async () => {
    const http = await request.newContext({ baseURL: inject("baseUrl") });
    const figures = await journeyFigures(http);
    await http.dispose();
    const { page } = browser;
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#phb-heading").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download quarterly PHB return (CSV)" }).click(),
    ]);
    const quarter = figures.phb.quarterlyReturn.quarter;
    expect(download.suggestedFilename()).toBe(
      `front-door-phb-return-icb-west-yorkshire-${quarter}.csv`,
    );
    const text = await readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "ICB code,ICB name,Financial year,Quarter,Quarter start,Quarter end,Group,Way of holding the money,PHBs in place at quarter end,Annual value in place at quarter end (GBP),New PHBs in quarter,Annual value of new PHBs (GBP)",
    );
    expect(lines).toHaveLength(1 + figures.phb.quarterlyReturn.rows.length + 1);
    expect(lines.at(-1)).toMatch(/,All groups,All ways,\d+,[\d.]+,\d+,[\d.]+$/);
    expect(text).not.toMatch(/Amira|Hussain|patient/i);
  });

  it("shows the Humber analyst only Humber's figures, and no West Yorkshire site", async () => {
    const { page } = browser;
    await signInAs(page, "Sam Osei", "/dashboard/");
    await page.locator("#totals").waitFor();
    await expectAccessible(page);
    expect(await visibleText(page.locator("h1"))).toContain("NHS Humber and North Yorkshire ICB");
    const main = await visibleText(page.locator("main"));
    expect(main).not.toMatch(/West Yorkshire|Halifax|Armley|Chapeltown|Wakefield/);
    expect(await page.locator("#siteId option").allInnerTexts()).toEqual([
      "All sites",
      "Clifton Neighbourhood Health Centre",
    ]);

    await page.goto("/dashboard/?siteId=site-halifax");
    await page.locator("#error-summary").waitFor();
    expect(await visibleText(page.locator("#error-summary a"))).toBe("Choose a site from the list");
    expect(await page.locator("#error-summary a").getAttribute("href")).toBe("#siteId");
    expect(await visibleText(page.locator("main"))).not.toContain("Halifax");
  });

  it("tells a patient that only ICB staff can see it, and offers them no Dashboard link", async () => {
    const { page } = browser;
    await signInAs(page, "Amira Hussain", "/dashboard/");
    const message = page.locator("#not-an-analyst");
    await message.waitFor();
    await expectAccessible(page);
    expect(await visibleText(message)).toContain(
      "Only ICB staff can see demand and capacity figures.",
    );
    expect(await page.locator("#dashboard-content").isVisible()).toBe(false);
    const menu = page.getByRole("navigation", { name: "Menu" });
    expect(await menu.getByRole("link", { name: "Dashboard" }).count()).toBe(0);
    await page.goto("/");
    await page.locator("#signed-in-card").waitFor();
    expect(await page.locator("#dashboard-link").count()).toBe(0);
  });

  it("links to the dashboard from the home page for an analyst", async () => {
    const { page } = browser;
    await signInAs(page, "Helen Brooks");
    await page.goto("/");
    const link = page.locator("#dashboard-link");
    await link.waitFor();
    expect(await visibleText(link.locator(".."))).toBe(
      "See demand and capacity for NHS West Yorkshire ICB",
    );
    await link.click();
    await page.locator("#totals").waitFor();
  });

  it("draws the chart to the page's width at 320 and 1280 pixels, today's bar on screen, and nothing scrolls sideways", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 320, height: 640 });
    await signInAs(page, "Helen Brooks", "/dashboard/");
    await page.locator("#totals").waitFor();
    await page.locator("#demand-chart").waitFor();
    await expectAccessible(page);
    const measure = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const chart = document.querySelector<SVGSVGElement>("#demand-chart");
        const frame = document.querySelector<HTMLElement>("#demand-chart-frame");
        const labels = [...document.querySelectorAll<SVGTextElement>("#demand-chart text")];
        const lastLabel = labels.at(-1);
        const wide = [...document.querySelectorAll<HTMLElement>("body *")]
          // A responsive table's header row is visually hidden (clipped to 1px) on a narrow screen.
          .filter((el) => !el.closest(".nhsuk-table--responsive thead, .nhsuk-scroll__content"))
          .filter((el) => el.getBoundingClientRect().right > width + 1 && el.offsetParent !== null)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`);
        return {
          width,
          scrollWidth: document.documentElement.scrollWidth,
          wide,
          chartRight: chart?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY,
          chartWidth: chart?.getBoundingClientRect().width ?? 0,
          frameWidth: frame?.clientWidth ?? 0,
          chartInScroller: Boolean(chart?.closest(".nhsuk-scroll__content")),
          lastLabel: lastLabel?.textContent,
          lastLabelRight: lastLabel?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY,
        };
      });

    // The page does not shift as the figures arrive (cumulative layout shift, as Lighthouse
    // counts it, under 0.1: "good"). The chart's frame and the loading message hold the space.
    const shift = await page.evaluate(
      () =>
        new Promise<{ total: number; sources: string[] }>((resolve) => {
          let total = 0;
          const sources: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              total += entry.value;
              for (const source of entry.sources ?? []) {
                const node = source.node;
                sources.push(
                  node instanceof Element ? `${node.tagName}#${node.id}` : String(node?.nodeName),
                );
              }
            }
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ total, sources })));
        }),
    );
    expect(shift.total, shift.sources.join(", ")).toBeLessThan(0.1);

    const narrow = await measure();
    expect(narrow.wide).toEqual([]);
    expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.width);
    expect(narrow.chartInScroller).toBe(false);
    expect(narrow.chartRight).toBeLessThanOrEqual(narrow.width);
    // The last day, today, is labelled and on screen.
    expect(narrow.lastLabel).toMatch(new RegExp(`^${Number(today.slice(8))} [A-Z][a-z]+$`));
    expect(narrow.lastLabelRight).toBeLessThanOrEqual(narrow.width);
    // Stacked below the chart, each table row is drawn only when scrolled near (content-visibility),
    // its figures still in the page for find and for screen readers.
    const lastRow = await page
      .locator(".app-figures-table tbody tr")
      .last()
      .evaluate((row) => ({
        contentVisibility: getComputedStyle(row).contentVisibility,
        text: row.textContent ?? "",
      }));
    expect(lastRow.contentVisibility).toBe("auto");
    expect(lastRow.text.trim()).not.toBe("");

    // Wider, the chart is redrawn to fill its frame, not left at the phone's size.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await measure()).chartWidth).toBeGreaterThan(900);
    const wide = await measure();
    expect(wide.chartWidth).toBeLessThanOrEqual(wide.frameWidth);
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.width);
  });
});
