import { describe, expect, it } from "vitest";
import { emergencyPhrases, screeningCategories } from "./emergency-phrases.data.ts";
import { screenFields } from "./fields.ts";
import { emergencyRoutes } from "./routes.data.ts";
import { screenFreeText } from "./screen.ts";

function categoriesOf(text: string): string[] {
  const outcome = screenFreeText(text);
  return outcome.kind === "clear" ? [] : outcome.categories;
}

describe("screenFreeText finds emergencies in a patient's own words", () => {
  it.each([
    ["I have crushing chest pain", "chest-pain"],
    ["CRUSHING   CHEST PAIN!!!", "chest-pain"],
    ["chestpain since this morning", "chest-pain"],
    ["really bad pain in my chest", "chest-pain"],
    ["I can't breathe", "breathing"],
    ["i cant breath properly", "breathing"],
    ["cant brethe", "breathing"],
    ["I cannot breathe", "breathing"],
    ["struggling to breathe since lunch", "breathing"],
    ["my throat is swelling up", "choking-or-swelling"],
    ["her face is drooping on one side", "stroke"],
    ["his speech is slurred", "stroke"],
    ["I want to kill myself", "suicide-or-self-harm"],
    ["I want to end my life", "suicide-or-self-harm"],
    ["feeling suicidle", "suicide-or-self-harm"],
    ["I have been self-harming", "suicide-or-self-harm"],
    ["I dont want to live any more", "suicide-or-self-harm"],
    ["the bleeding won't stop", "bleeding"],
    ["he collapsed and is unconscious", "unconscious-or-confused"],
    ["mum is suddenly confused", "unconscious-or-confused"],
    ["she's having a seizure that won't stop", "fits"],
    ["I think it's anaphylaxis", "allergic-reaction"],
    ["badly burned my arm with boiling water", "burns"],
    ["worst headache of my life, came on suddenly", "thunderclap-headache"],
    ["hit by a car this morning", "serious-injury"],
    ["severe stomach pain, can't stand up", "severe-abdominal-pain"],
    ["my baby's rash doesn't fade under a glass", "child-non-fading-rash"],
    ["my son is floppy and won't wake", "child-unresponsive"],
    ["toddler swallowed a battery", "child-swallowed-harmful"],
    ["no wet nappies since yesterday", "child-dehydration"],
    ["my newborn has a high temperature", "baby-high-temperature"],
    ["baby has a fever", "baby-high-temperature"],
    ["throat swelling after eating nuts", "choking-or-swelling"],
    ["vomiting blood", "bleeding"],
    ["lots of bleeding from the cut", "bleeding"],
    ["she has not had a wee all day", "child-dehydration"],
    ["my daughter is grunting with each breath", "child-breathing"],
  ])("%j → %s", (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it("is not fooled by a negation, but a negation does not hide a later positive", () => {
    for (const text of [
      "no chest pain",
      "I am not having any chest pain",
      "patient denies chest pain",
      "never had trouble breathing",
      "I'm not suicidal, just tired",
      "no bleeding",
      "I don't want to kill myself",
    ]) {
      expect(screenFreeText(text), text).toEqual({ kind: "clear" });
    }
    expect(categoriesOf("no fever but crushing chest pain")).toEqual(["chest-pain"]);
    expect(categoriesOf("No chest pain. I can't breathe.")).toEqual(["breathing"]);
    expect(categoriesOf("no chest pain, no cough, now chest pain is back")).toEqual(["chest-pain"]);
  });

  it.each([
    "my chest of drawers fell on my foot",
    "breathing exercises helped a lot",
    "I need a fit note for work",
    "can I have my repeat prescription for heartburn tablets",
    "my back is killing me after gardening",
    "question about my blood test results",
    "",
    "   ...!!!  ",
  ])("leaves an everyday request clear: %j", (text) => {
    expect(screenFreeText(text)).toEqual({ kind: "clear" });
  });

  it("names phrase ids and red flags, never the patient's words", () => {
    const outcome = screenFreeText("My secret words: crushing chest pain");
    expect(outcome).toEqual({
      kind: "emergency",
      urgency: "call-999",
      categories: ["chest-pain"],
      matches: [{ phraseId: "chest-pain", category: "chest-pain", redFlag: "chest-pain" }],
    });
    expect(JSON.stringify(outcome)).not.toContain("secret");
  });

  it("takes the most urgent route when several categories match", () => {
    const outcome = screenFreeText("I want to end my life and I can't breathe");
    expect(outcome.kind === "emergency" && outcome.urgency).toBe("call-999");
    const crisis = screenFreeText("thinking about suicide");
    expect(crisis.kind === "emergency" && crisis.urgency).toBe("mental-health-crisis");
    expect(emergencyRoutes["mental-health-crisis"].contacts).toEqual(
      expect.arrayContaining(["samaritans", "nhs-111-mental-health", "999-bsl", "text-relay-999"]),
    );
  });

  it("has unique phrase ids, each with a category that names a red flag", () => {
    const ids = emergencyPhrases.map((phrase) => phrase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const phrase of emergencyPhrases) {
      expect(screeningCategories[phrase.category]).toBeDefined();
    }
  });
});

describe("screenFields", () => {
  it("screens named fields at once and says which raised what", () => {
    const outcome = screenFields({
      "problems.0.description": "a rash on my arm",
      "problems.1.description": "also I cant breath at night",
      notes: undefined,
    });
    expect(outcome.kind).toBe("emergency");
    expect(outcome.kind === "emergency" && outcome.matches.map((m) => m.field)).toEqual([
      "problems.1.description",
    ]);
    expect(screenFields({ a: "fit note please", b: "no chest pain" })).toEqual({ kind: "clear" });
  });
});
