import { type APIRequestContext, type Page, request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { typicalAnswers } from "../../packages/domain/src/referrals/catalogue/testing.ts";
import { expectAccessible } from "./support/axe.ts";
import {
  expectNoHorizontalScroll,
  signInAs,
  summaryPairs,
  useBrowser,
  visibleText,
} from "./support/browser.ts";
import { tokenFor } from "./support/staff-arrange.ts";

const browser = useBrowser();
const physio = "armley-msk-physiotherapy";
const physioQuestions = `/self-referral/questions/?service=${physio}`;

let api: APIRequestContext;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await request.newContext({ baseURL: inject("baseUrl") });
  for (const user of ["user-patient-tom", "user-reception-armley", "user-clinician-chapeltown"]) {
    tokens[user] = await tokenFor(user);
  }
});
afterAll(() => api.dispose());

const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

/** Tom's referral ids, from the API: what exists, whatever the pages say. */
async function tomsReferralIds(): Promise<string[]> {
  const response = await api.get("/api/me/referrals", { headers: as("user-patient-tom") });
  expect(response.status()).toBe(200);
  const { referrals } = (await response.json()) as { referrals: { id: string }[] };
  return referrals.map((r) => r.id);
}

/** Makes a referral for Tom through the API, to arrange what staff do next. */
async function referTom(
  serviceId: string,
  answers: object,
): Promise<{ id: string; reference: string }> {
  const response = await api.post("/api/self-referral/referrals", {
    headers: { ...as("user-patient-tom"), "idempotency-key": crypto.randomUUID() },
    data: { serviceId, questionnaireVersion: 1, answers },
  });
  const body = await response.json();
  expect(body.kind, JSON.stringify(body)).toBe("referred");
  return body.referral;
}

async function staffAct(user: string, referralId: string, action: object): Promise<void> {
  const response = await api.post(`/api/staff/referrals/${referralId}/actions`, {
    headers: as(user),
    data: action,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Picks an answer to the question whose fieldset's legend matches `question`. */
async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page
    .getByRole("group", { name: question })
    .getByRole("radio", { name: choice, exact: true })
    .check();
}

/** The physiotherapy questions as a typical patient with back pain answers them. */
async function answerForBackPain(page: Page, saddleNumbness = "No"): Promise<void> {
  await answer(page, /Where is your problem/, "Lower back");
  await answer(page, /numbness or tingling around your bottom/, saddleNumbness);
  await answer(page, /new problems peeing or pooing/, "No");
  await answer(page, /weakness or numbness in both legs/, "No");
  await answer(page, /high temperature/, "No");
  await answer(page, /Have you ever had cancer/, "No");
  await answer(page, /start with an injury/, "No");
  await page.getByLabel(/how bad is the pain/).fill("6");
  await page
    .getByLabel("Tell us about the problem and how it affects your daily life")
    .fill("Aching lower back for 6 weeks, worse after work");
}

/** Tom's earlier answers fill the form once he has referred himself: these tests start empty. */
async function startWithNoAnswers(page: Page): Promise<void> {
  const note = page.locator("#earlier-answers-note");
  if (await note.isVisible()) {
    await note.getByRole("button", { name: "Clear these answers" }).click();
    await note.waitFor({ state: "detached" });
  }
}

async function openPhysioQuestions(page: Page): Promise<void> {
  await signInAs(page, "Tom Whitaker", physioQuestions);
  await page.locator("#questions-form").waitFor();
  await startWithNoAnswers(page);
}

describe("a patient refers themselves to physiotherapy", () => {
  it("chooses the service, answers, sends, and finds the referral with its timeline", async () => {
    const { page } = browser;
    await page.goto("/");
    await page.getByRole("link", { name: "Refer yourself to a service" }).click();
    await page.waitForURL((url) => url.pathname === "/self-referral/");
    const emergency = await visibleText(page.locator("#emergency-first"));
    expect(emergency).toContain("Call 999");
    expect(emergency).toContain("call 111");
    expect(emergency).toContain("18000");
    await page.locator("#sign-in-to-refer").waitFor();
    await expectAccessible(page);

    await signInAs(page, "Tom Whitaker", "/self-referral/");
    await page.locator("#services-content").waitFor();
    // Open to Tom (West Yorkshire) with its site; York's physiotherapy shown, not hidden, with
    // why not and where instead.
    const armley = page.locator(`#services-open [data-service-id="${physio}"]`);
    expect(await visibleText(armley)).toMatch(/Physiotherapy at Armley.*Armley/);
    const york = page.locator('#services-closed [data-service-id="york-msk-physiotherapy"]');
    expect(await visibleText(york)).toMatch(/Humber and North Yorkshire.*What to do instead:/);
    // Nearest first: to his practice unless he asks about a postcode.
    expect(await visibleText(page.locator("#services-near"))).toMatch(
      /Nearest first to your GP practice, Armley/,
    );
    expect(await visibleText(armley)).toMatch(/less than 0\.1 miles away/);
    await expectAccessible(page);

    await page.getByLabel("Show services near a postcode").fill("SW1A 1AA");
    await page.getByRole("button", { name: "Show services" }).click();
    await page.locator("#error-summary").waitFor();
    expect(await visibleText(page.locator("#error-summary"))).toContain(
      "Front Door does not cover SW1A 1AA yet",
    );
    await expectAccessible(page);
    await page.getByLabel("Show services near a postcode").fill("yo30 6aa");
    await page.getByRole("button", { name: "Show services" }).click();
    await page.waitForURL((url) => url.search === "?postcode=yo30+6aa");
    await page.locator("#services-content").waitFor();
    expect(await visibleText(page.locator("#services-near"))).toBe("Nearest first to YO30 6AA.");
    expect(await page.locator("#services-closed li").first().getAttribute("data-service-id")).toBe(
      "york-msk-physiotherapy",
    );
    await page.goto("/self-referral/");
    await page.locator("#services-content").waitFor();

    await armley.getByRole("link", { name: "Physiotherapy at Armley" }).click();
    await page.waitForURL((url) => url.pathname === "/self-referral/questions/");
    await page.locator("#questions-form").waitFor();
    expect(await visibleText(page.locator("#questions-heading"))).toContain(
      "Refer yourself to physiotherapy",
    );
    await answerForBackPain(page);
    await page.getByLabel("Day", { exact: true }).fill("2");
    await page.getByLabel("Month", { exact: true }).fill("11");
    await page.getByLabel("Year", { exact: true }).fill("2026");
    await expectAccessible(page);

    // Tell your story once: coming back to the page keeps every answer.
    await page.reload();
    await page.locator("#questions-form").waitFor();
    const pain = page.getByLabel(/how bad is the pain/);
    expect(await pain.inputValue()).toBe("6");
    expect(await pain.getAttribute("inputmode")).toBe("numeric");
    expect(await page.getByLabel("Month", { exact: true }).inputValue()).toBe("11");
    expect(
      await page
        .getByRole("group", { name: /Where is your problem/ })
        .getByRole("radio", { name: "Lower back" })
        .isChecked(),
    ).toBe(true);

    // Nothing is sent until the patient has checked their answers.
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#check-answers-list").waitFor();
    expect(await page.title()).toMatch(/^Check your answers/);
    const checked = Object.fromEntries(await summaryPairs(page.locator("#check-answers-list")));
    expect(checked["Where is your problem?"]).toBe("Lower back");
    await expectAccessible(page);
    // Change goes back to the question, and Continue brings the check back.
    await page
      .locator("#check-answers-list")
      .getByRole("link", { name: /Change your answer to: Where is your problem/ })
      .click();
    await page.locator("#questions-form").waitFor();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Send referral" }).click();
    await page.locator("#referral-sent-panel").waitFor();
    const reference = await visibleText(page.locator("#referral-reference"));
    expect(reference).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(await page.title()).toMatch(/^Referral sent/);
    expect(await visibleText(page.locator("#referral-sent"))).toContain("What happens next");
    await expectAccessible(page);

    // The header offers a patient their referrals, where this one is open and just sent.
    await page
      .getByRole("navigation", { name: "Menu" })
      .getByRole("link", { name: "Your referrals" })
      .click();
    await page.waitForURL((url) => url.pathname === "/referrals/");
    const card = page.locator(`#referrals-open [data-reference="${reference}"]`);
    await card.waitFor();
    const rows = Object.fromEntries(await summaryPairs(card));
    expect(rows).toMatchObject({ Reference: reference, "Where it is up to": "Sent" });
    expect(rows.Sent).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expectAccessible(page);

    await card.getByRole("link", { name: "Physiotherapy at Armley" }).click();
    await page.waitForURL((url) => url.pathname === "/referrals/view/");
    await page.locator("#referral-timeline").waitFor();
    const detail = Object.fromEntries(await summaryPairs(page.locator("#referral-detail dl")));
    expect(detail.Reference).toBe(reference);
    expect(detail.Where).toMatch(/Armley/);
    const timeline = page.locator("#referral-timeline > li");
    expect(await timeline.count()).toBe(1);
    expect(await visibleText(timeline.first())).toMatch(
      /^Referral sent \d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}(:\d{2})?(am|pm)|midday|midnight) Your referral was sent/,
    );
    await expectAccessible(page);

    // Withdrawing asks first, then says it is done, and the timeline says so too.
    await page.getByRole("button", { name: "Withdraw this referral" }).click();
    await page.locator("#withdraw-view").waitFor();
    expect(await visibleText(page.locator("#withdraw-summary"))).toContain(reference);
    await expectAccessible(page);
    await page.getByRole("button", { name: "No, keep it" }).click();
    expect(await page.locator("#referral-detail").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Withdraw this referral" }).click();
    await page.getByRole("button", { name: "Yes, withdraw this referral" }).click();
    await page.locator("#success-banner").waitFor();
    expect(await visibleText(page.locator("#success-banner"))).toContain(
      "Your referral has been withdrawn",
    );
    expect(await visibleText(page.locator("#referral-detail [data-stage]"))).toBe("Withdrawn");
    expect(await timeline.count()).toBe(2);
    expect(await visibleText(timeline.last())).toContain("Referral withdrawn");
    expect(await page.getByRole("button", { name: "Withdraw this referral" }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("answers the service's request for information, and reads a rejection with where to go instead", async () => {
    const { page } = browser;
    const asked = await referTom(physio, typicalAnswers["msk-physiotherapy"] ?? {});
    await staffAct("user-reception-armley", asked.id, {
      type: "request-information",
      request: "Which side is the pain on?",
    });
    const rejected = await referTom("chapeltown-audiology", typicalAnswers.audiology ?? {});
    await staffAct("user-clinician-chapeltown", rejected.id, {
      type: "reject",
      reasonCode: "needs-gp-assessment",
      reason: "Your ears need checking by a GP before a hearing test.",
      signpost: "Book an appointment with your GP practice.",
    });

    await signInAs(page, "Tom Whitaker", "/referrals/");
    const askedCard = page.locator(`#referrals-open [data-reference="${asked.reference}"]`);
    await askedCard.waitFor();
    expect(Object.fromEntries(await summaryPairs(askedCard))["Where it is up to"]).toBe(
      "Information needed",
    );
    expect(
      await page.locator(`#referrals-closed [data-reference="${rejected.reference}"]`).count(),
    ).toBe(1);

    await page.goto(`/referrals/view/?id=${asked.id}`);
    const asking = page.locator("#information-request");
    await asking.waitFor();
    expect(await visibleText(asking)).toContain("Which side is the pain on?");
    await expectAccessible(page);
    // Sending nothing is refused on the box, with nothing sent.
    await page.getByRole("button", { name: "Send your answer" }).click();
    await page.locator("#error-summary").waitFor();
    expect(await visibleText(page.locator("#error-summary"))).toContain(
      "Write the information the service asked for",
    );
    await expectAccessible(page);
    await page.getByLabel("Your answer").fill("My left side, low down");
    await page.getByRole("button", { name: "Send your answer" }).click();
    await page.locator("#success-banner").waitFor();
    expect(await visibleText(page.locator("#information-given"))).toContain(
      "My left side, low down",
    );
    expect(await visibleText(page.locator("#referral-detail [data-stage]"))).toBe("Sent");
    expect(await page.locator("#information-request").count()).toBe(0);
    expect(
      await page
        .locator("#referral-timeline > li")
        .evaluateAll((items) => items.map((li) => li.getAttribute("data-event-type"))),
    ).toEqual(["submitted", "information-requested", "information-provided"]);
    await expectAccessible(page);

    await page.goto(`/referrals/view/?id=${rejected.id}`);
    await page.locator("#rejection-reason").waitFor();
    expect(await visibleText(page.locator("#rejection-reason"))).toBe(
      "Your ears need checking by a GP before a hearing test.",
    );
    expect(await visibleText(page.locator("#rejection-signpost"))).toBe(
      "Book an appointment with your GP practice.",
    );
    expect(await visibleText(page.locator("#referral-detail [data-stage]"))).toBe("Not accepted");
    expect(await page.getByRole("button", { name: "Withdraw this referral" }).count()).toBe(0);
    await expectAccessible(page);
  });
});

describe("answers that mean this is the wrong place", () => {
  it("back pain with numbness around the bottom: emergency advice at once, and no referral", async () => {
    const { page } = browser;
    const before = await tomsReferralIds();
    await openPhysioQuestions(page);
    // Only the first two questions answered: the advice must not wait for the rest.
    await answer(page, /Where is your problem/, "Lower back");
    await answer(page, /numbness or tingling around your bottom/, "Yes");
    await page.getByRole("button", { name: "Continue" }).click();
    const advice = page.locator("#red-flag-advice");
    await advice.waitFor();
    expect(await visibleText(page.locator("#advice-heading"))).toMatch(/A&E/);
    expect(await visibleText(page.locator("#advice-reasons"))).toContain("cauda equina");
    expect(await visibleText(page.locator("#advice-steps"))).toMatch(/999/);
    expect(await visibleText(page.locator("#accessible-routes"))).toMatch(/BSL/);
    expect(await visibleText(page.locator("#advice-recorded"))).toContain(
      "We have not sent a referral",
    );
    expect(await page.locator("#questions-form").isVisible()).toBe(false);
    expect(await page.locator("#error-summary").count()).toBe(0);
    await expectAccessible(page);
    expect(await tomsReferralIds()).toEqual(before);
  });

  it("an injury he cannot use is for today; cancer history with back pain is for the GP", async () => {
    const { page } = browser;
    const before = await tomsReferralIds();
    await openPhysioQuestions(page);
    await answerForBackPain(page);
    await answer(page, /start with an injury/, "Yes");
    await answer(page, /Since the injury, can you put weight on it/, "No");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Send referral" }).click();
    await page.locator("#referral-urgent").waitFor();
    expect(await visibleText(page.locator("#outcome-heading"))).toContain(
      "You need to be seen today",
    );
    expect(await visibleText(page.locator("#urgent-reason"))).toContain("cannot put weight on it");
    expect(
      await page.getByRole("link", { name: "Get a same-day appointment" }).getAttribute("href"),
    ).toBe("/same-day/");
    expect(await page.locator("#if-unsure [data-route]").count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.goto(physioQuestions);
    await page.locator("#questions-form").waitFor();
    await answerForBackPain(page);
    await answer(page, /Have you ever had cancer/, "Yes");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Send referral" }).click();
    await page.locator("#referral-ineligible").waitFor();
    expect(await visibleText(page.locator("#outcome-heading"))).toBe(
      "Contact your GP practice instead",
    );
    expect(await visibleText(page.locator("#ineligible-reason"))).toContain("lost weight");
    expect(await visibleText(page.locator("#ineligible-signpost"))).not.toBe("");
    expect(
      await page.getByRole("link", { name: "Find a service near you" }).count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(await tomsReferralIds()).toEqual(before);
  });

  it("a service outside the patient's area says why and where instead, rather than asking questions", async () => {
    const { page } = browser;
    await signInAs(page, "Edith Clarke", physioQuestions);
    await page.locator("#not-open-reason").waitFor();
    expect(await visibleText(page.locator("#not-open-reason"))).toContain("West Yorkshire");
    expect(await visibleText(page.locator("#not-open-signpost"))).not.toBe("");
    expect(await page.locator("#questions-form").isVisible()).toBe(false);
    await expectAccessible(page);
  });

  it("a link to a service that does not exist says so and links to the list", async () => {
    const { page } = browser;
    await signInAs(page, "Tom Whitaker", "/self-referral/questions/?service=no-such-service");
    await page.getByText("There is no such service to refer yourself to.").waitFor();
    expect(await page.locator("#page-error").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Choose a service" }).getAttribute("href")).toBe(
      "/self-referral/",
    );
    expect(await page.locator("#questions-form").isVisible()).toBe(false);
  });
});

describe("the questions follow the answers", () => {
  it("shows a follow-up question only while its condition holds", async () => {
    const { page } = browser;
    await openPhysioQuestions(page);
    const canUse = page.getByRole("group", { name: /Since the injury, can you put weight on it/ });
    const backChecks = page.getByRole("group", { name: "Your back", exact: true });
    const hotJoint = page.getByRole("group", { name: /hot and swollen/ });
    expect(await canUse.isVisible()).toBe(false);
    expect(await backChecks.isVisible()).toBe(false);

    await answer(page, /start with an injury/, "Yes");
    expect(await canUse.isVisible()).toBe(true);
    await answer(page, /start with an injury/, "No");
    expect(await canUse.isVisible()).toBe(false);

    await answer(page, /Where is your problem/, "Knee");
    expect(await hotJoint.isVisible()).toBe(true);
    expect(await backChecks.isVisible()).toBe(false);
    await answer(page, /Where is your problem/, "Lower back");
    expect(await hotJoint.isVisible()).toBe(false);
    expect(await backChecks.isVisible()).toBe(true);
    await expectAccessible(page);
  });
});

describe("tell your story once", () => {
  it("starts a new referral from the answers of the last one, says so, and can start empty", async () => {
    const { page } = browser;
    const made = await referTom(physio, typicalAnswers["msk-physiotherapy"] ?? {});
    await signInAs(page, "Tom Whitaker", physioQuestions);
    await page.locator("#questions-form").waitFor();
    const note = page.locator("#earlier-answers-note");
    expect(await visibleText(note)).toMatch(
      new RegExp(`answers you gave on .* \\(reference ${made.reference}\\)\\. Check each one`),
    );
    await expectAccessible(page);
    const pain = page.getByLabel(/how bad is the pain/);
    expect(await pain.inputValue()).not.toBe("");
    // The form shows the follow-ups those answers call for, as if typed.
    expect(await page.getByRole("group", { name: "Your back", exact: true }).isVisible()).toBe(
      true,
    );
    // Answers filled in for him are sent only once he has checked them, and he is told of the
    // referral to the same service that is still open.
    const before = await tomsReferralIds();
    await page.getByRole("button", { name: "Continue" }).click();
    const warning = page.locator("#open-referral-text");
    await warning.waitFor();
    expect(await visibleText(warning)).toContain(
      `(reference ${made.reference}) and it is still open`,
    );
    expect(await visibleText(page.locator("#check-answers-list"))).toContain("Lower back");
    await expectAccessible(page);
    expect(await tomsReferralIds()).toEqual(before);
    await page.locator("#check-back").click();
    await page.locator("#questions-form").waitFor();
    await note.getByRole("button", { name: "Clear these answers" }).click();
    await note.waitFor({ state: "detached" });
    expect(await pain.inputValue()).toBe("");
    // Cleared means cleared: coming back to the page keeps it empty (the draft now says so).
    await page.getByLabel(/how bad is the pain/).fill("4");
    await page.reload();
    await page.locator("#questions-form").waitFor();
    expect(await page.getByLabel(/how bad is the pain/).inputValue()).toBe("4");
    expect(await note.count()).toBe(0);
  });
});

describe("answers kept in the tab are only ever the teller's", () => {
  it("the next person signing in at the same computer never sees them, and signing out clears them", async () => {
    const { page } = browser;
    await openPhysioQuestions(page);
    await answer(page, /Where is your problem/, "Knee");
    const draftKeys = () =>
      page.evaluate(() =>
        Object.keys(sessionStorage).filter((k) => k.startsWith("front-door.self-referral-draft.")),
      );
    expect(await draftKeys()).toHaveLength(1);

    // Amira signs in in the same tab without Tom signing out: his answers are not hers.
    await signInAs(page, "Amira Hussain", physioQuestions);
    await page.locator("#questions-form").waitFor();
    const where = page.getByRole("group", { name: /Where is your problem/ });
    expect(await where.getByRole("radio", { checked: true }).count()).toBe(0);
    expect(await draftKeys()).toHaveLength(0);

    await answer(page, /Where is your problem/, "Hip");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await draftKeys()).toHaveLength(0);
  });
});

describe("mistakes are pointed out, question by question", () => {
  it("says what is wrong in the error summary, each error linked to its question", async () => {
    const { page } = browser;
    await openPhysioQuestions(page);
    let referralPosts = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/self-referral/referrals"))
        referralPosts++;
    });
    await answerForBackPain(page);

    // A pain score that is not a number is caught here, before anything is sent.
    await page.getByLabel(/how bad is the pain/).fill("lots");
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.locator("#error-summary");
    await summary.waitFor();
    expect(await visibleText(summary)).toContain("Enter a whole number, like 3");
    expect(await visibleText(page.locator("#q-painScore-error"))).toBe(
      "Error: Enter a whole number, like 3",
    );
    expect(referralPosts).toBe(0);
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    // A required answer left out: named in the summary, and the link goes to the question.
    await page.getByLabel(/how bad is the pain/).fill("");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => visibleText(summary).catch(() => "")).toContain("Enter a number");
    // Several questions share a message, so the link also names its question for screen readers.
    const link = summary.getByRole("link", { name: /^Enter a number\W+On an average day/ });
    expect(await link.getAttribute("href")).toBe("#q-painScore");
    expect(await visibleText(page.locator("#q-painScore-error"))).toBe("Error: Enter a number");
    await expectAccessible(page);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q-painScore");

    // A date that cannot be real, in the patient's terms, beside the date boxes.
    await page.getByLabel(/how bad is the pain/).fill("6");
    await page.getByLabel("Day", { exact: true }).fill("31");
    await page.getByLabel("Month", { exact: true }).fill("2");
    await page.getByLabel("Year", { exact: true }).fill("2026");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect
      .poll(() => visibleText(summary).catch(() => ""))
      .toContain("Enter a real date, for example 27 3 2026");
    expect(await page.getByLabel("Day", { exact: true }).getAttribute("class")).toContain(
      "nhsuk-input--error",
    );
    await expectAccessible(page);
  });

  it("every state reflows at 320 pixels without scrolling sideways", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 320, height: 640 });
    await signInAs(page, "Tom Whitaker", "/self-referral/");
    await page.locator("#services-content").waitFor();
    await expectNoHorizontalScroll(page);
    await page.goto(physioQuestions);
    await page.locator("#questions-form").waitFor();
    await startWithNoAnswers(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#error-summary").waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await answer(page, /Where is your problem/, "Lower back");
    await answer(page, /numbness or tingling around your bottom/, "Yes");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.locator("#red-flag-advice").waitFor();
    await expectNoHorizontalScroll(page);
    const made = await referTom(physio, typicalAnswers["msk-physiotherapy"] ?? {});
    await page.goto("/referrals/");
    await page.locator(`[data-reference="${made.reference}"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await page.goto(`/referrals/view/?id=${made.id}`);
    await page.locator("#referral-timeline").waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Withdraw this referral" }).click();
    await page.locator("#withdraw-view").waitFor();
    await expectNoHorizontalScroll(page);
  });
});
