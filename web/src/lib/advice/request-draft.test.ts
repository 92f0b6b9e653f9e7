import { describe, expect, it } from "vitest";
import {
  type AdviceDraft,
  addProblem,
  changeFrom,
  contactFromProfile,
  currentStep,
  goBack,
  goForward,
  newDraft,
  populationOf,
  readAdviceDraft,
  removeProblem,
  requestBody,
  saveAdviceDraft,
  stepAfter,
} from "./request-draft.ts";

function memoryStore() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

const forMe = (): AdviceDraft => ({ ...newDraft("tom"), who: "self", signs: [] });
const answers = () => ({ fixed: true });

describe("asking one thing a page", () => {
  it("asks the emergency signs before anything else, and about the person cared for first", () => {
    expect(stepAfter({ ...newDraft("tom"), who: "self" }, "who")).toBe("signs");
    expect(stepAfter({ ...newDraft("tom"), who: "someone-i-care-for" }, "who")).toBe("about-them");
    // No page about the problem is reached while the signs are unanswered.
    expect(stepAfter({ ...newDraft("tom"), who: "self" }, "files")).toBe("signs");
    expect(stepAfter(forMe(), "signs")).toBe("category");
  });

  it("uses the child list only for a child under 16 someone cares for", () => {
    expect(populationOf(forMe())).toBe("adult");
    const child = { ...forMe(), who: "someone-i-care-for" as const };
    expect(
      populationOf({ ...child, them: { name: "Ada", relationship: "", underSixteen: "yes" } }),
    ).toBe("child");
    expect(
      populationOf({ ...child, them: { name: "Ada", relationship: "", underSixteen: "no" } }),
    ).toBe("adult");
  });

  it("offers another problem until there are 3, then goes to files", () => {
    let draft = forMe();
    expect(stepAfter(draft, "words")).toBe("another");
    draft = addProblem(draft);
    expect(draft.current).toBe(1);
    expect(currentStep(draft)).toBe("category");
    draft = addProblem(draft);
    expect(draft.problems).toHaveLength(3);
    expect(addProblem(draft).problems).toHaveLength(3);
    expect(stepAfter(draft, "words")).toBe("files");
  });

  it("goes back one page, and a change from the check page returns there", () => {
    let draft = goForward(forMe());
    expect(currentStep(draft)).toBe("signs");
    draft = goBack(draft);
    expect(currentStep(draft)).toBe("who");
    expect(goBack(draft)).toEqual(draft);

    const changing = changeFrom({ ...forMe(), trail: ["who", "check"] }, "words", 0);
    expect(currentStep(changing)).toBe("words");
    const back = goForward(changing);
    expect(currentStep(back)).toBe("check");
    expect(back.returnToCheck).toBe(false);
    // A change of type still asks that type's questions and words before going back.
    const retyped = goForward(changeFrom({ ...forMe(), trail: ["check"] }, "category", 0));
    expect(currentStep(retyped)).toBe("type");
  });

  it("removes a problem but never the last", () => {
    const two = addProblem(forMe());
    expect(removeProblem(two, 0).problems).toHaveLength(1);
    expect(removeProblem(forMe(), 0).problems).toHaveLength(1);
  });
});

describe("what is sent", () => {
  it("sends who it is for, the signs, each typed problem, the contact and the files", () => {
    const draft: AdviceDraft = {
      ...forMe(),
      who: "someone-i-care-for",
      them: { name: " Ada Whitaker ", relationship: "", underSixteen: "yes" },
      problems: [
        {
          category: "medical",
          type: "new-problem",
          values: { howLong: "days" },
          description: "A rash",
        },
        { values: {}, description: "" },
      ],
      contact: {
        method: "phone",
        phone: " 07700 900123 ",
        times: "",
        preferredClinician: "Dr Okafor",
      },
      documents: [{ documentId: "d1", fileName: "rash.jpg" }],
    };
    expect(requestBody(draft, answers)).toEqual({
      subject: { kind: "someone-i-care-for", name: "Ada Whitaker" },
      emergencyCheck: { population: "child", signs: [] },
      problems: [{ type: "new-problem", answers: { fixed: true }, description: "A rash" }],
      contact: { method: "phone", phone: "07700 900123", preferredClinician: "Dr Okafor" },
      documentIds: ["d1"],
    });
  });

  it("leaves the contact to the profile when the patient never reached that page", () => {
    expect(requestBody(forMe(), answers)).not.toHaveProperty("contact");
  });

  it("prefills contact the way the patient agreed to be messaged", () => {
    const contact = { mobile: "07700 900123", email: "tom@example.com" };
    expect(contactFromProfile({ contact, consent: { sms: true, email: true } }).method).toBe(
      "text",
    );
    expect(contactFromProfile({ contact, consent: { sms: false, email: true } }).method).toBe(
      "email",
    );
    expect(contactFromProfile({ contact, consent: { sms: false, email: false } })).toEqual({
      method: "phone",
      phone: "07700 900123",
      times: "",
      preferredClinician: "",
    });
    expect(contactFromProfile({ contact: {}, consent: { sms: false, email: false } }).method).toBe(
      "online",
    );
  });
});

describe("the draft in this tab", () => {
  it("comes back for its owner after a reload", () => {
    const store = memoryStore();
    const draft = goForward(forMe());
    saveAdviceDraft(store, draft);
    expect(readAdviceDraft(store, "tom")).toEqual(draft);
  });

  it("is removed, not shown, for anyone else or when it cannot be read", () => {
    const store = memoryStore();
    saveAdviceDraft(store, forMe());
    expect(readAdviceDraft(store, "amira")).toBeUndefined();
    expect(store.length).toBe(0);
    store.setItem("front-door.advice-draft", "{not json");
    expect(readAdviceDraft(store, "tom")).toBeUndefined();
    store.setItem("front-door.advice-draft", JSON.stringify({ ...forMe(), trail: ["nowhere"] }));
    expect(readAdviceDraft(store, "tom")).toBeUndefined();
    store.setItem(
      "front-door.advice-draft",
      JSON.stringify({ ...forMe(), problems: [{ type: "surgery", values: {}, description: "" }] }),
    );
    expect(readAdviceDraft(store, "tom")).toBeUndefined();
  });
});
