import { type Questionnaire, type ShowWhen, triageQuestionIds } from "./questionnaire-shape.ts";

/** Version 1 of the same-day triage questionnaire, as published (never edited once in use). */
const forMyself: ShowWhen = { question: triageQuestionIds.appointmentFor, answer: "myself" };
const forChild: ShowWhen = { question: triageQuestionIds.appointmentFor, answer: "child" };

export const sameDayTriageV1 = {
  id: "same-day-triage",
  version: 1,
  title: "Before you book a same-day appointment",
  sections: [
    {
      id: "who",
      title: "Who is the appointment for?",
      questions: [
        {
          kind: "choice",
          id: "appointmentFor",
          label: "Who is the appointment for?",
          options: [
            { value: "myself", label: "Me" },
            { value: "child", label: "A child under 16 who I look after" },
          ],
          errorMessage: "Select who the appointment is for",
        },
      ],
    },
    {
      id: "adult-chest-breathing-stroke",
      title: "Chest pain, breathing and stroke",
      hint: "We need to check you do not need help faster than a GP appointment.",
      showWhen: forMyself,
      questions: [
        {
          kind: "yes-no",
          id: "chestPain",
          label: "Do you have chest pain that is severe, or feels crushing, heavy or tight?",
          redFlag: "chest-pain",
          errorMessage: "Select yes if you have severe or crushing chest pain",
        },
        {
          kind: "yes-no",
          id: "strokeSigns",
          label:
            "Has your face suddenly dropped on one side, can you not lift both arms, or are you having trouble speaking?",
          hint: "Answer yes even if it has got better.",
          redFlag: "stroke-signs",
          errorMessage: "Select yes if you have any of these signs of a stroke",
        },
        {
          kind: "yes-no",
          id: "breathing",
          label:
            "Are you struggling to breathe, choking, or is your mouth, tongue or throat swelling?",
          redFlag: "breathing-difficulty",
          errorMessage: "Select yes if you are struggling to breathe, choking or swelling",
        },
        {
          kind: "yes-no",
          id: "allergicReaction",
          label: "Do you think you are having a severe allergic reaction?",
          hint: "For example, swollen lips or face, a rash with feeling faint, or wheezing.",
          redFlag: "severe-allergic-reaction",
          errorMessage: "Select yes if you think you are having a severe allergic reaction",
        },
      ],
    },
    {
      id: "adult-fits-blackouts-headache",
      title: "Fits, blackouts and headache",
      showWhen: forMyself,
      questions: [
        {
          kind: "yes-no",
          id: "fit",
          label:
            "Today, have you had a fit (seizure) that lasted more than 5 minutes, fits one after another, or your first ever fit?",
          redFlag: "prolonged-fit",
          errorMessage: "Select yes if you have had a fit like this today",
        },
        {
          kind: "yes-no",
          id: "unconsciousOrConfused",
          label: "Today, have you passed out, or suddenly become confused?",
          hint: "Answer yes if someone has told you that you seem confused.",
          redFlag: "unconscious-or-confused",
          errorMessage: "Select yes if you have passed out or suddenly become confused today",
        },
        {
          kind: "yes-no",
          id: "suddenHeadache",
          label: "Have you had a sudden, very bad headache, like the worst you have ever had?",
          hint: "It may have come on in seconds, like being hit on the head.",
          redFlag: "thunderclap-headache",
          errorMessage: "Select yes if you have had a sudden, very bad headache",
        },
      ],
    },
    {
      id: "adult-bleeding-injury-pain",
      title: "Bleeding, injuries, burns and pain",
      showWhen: forMyself,
      questions: [
        {
          kind: "yes-no",
          id: "bleeding",
          label: "Are you bleeding heavily, or bleeding that will not stop?",
          redFlag: "uncontrolled-bleeding",
          errorMessage: "Select yes if you are bleeding heavily or the bleeding will not stop",
        },
        {
          kind: "yes-no",
          id: "seriousInjury",
          label: "Have you been seriously injured today?",
          hint: "For example, in a bad fall or a car crash, a hard blow to the head, or a bone that may be broken.",
          redFlag: "serious-injury",
          errorMessage: "Select yes if you have been seriously injured today",
        },
        {
          kind: "yes-no",
          id: "burn",
          label: "Do you have a bad burn?",
          hint: "For example, a burn bigger than your hand, skin that looks white or charred, or a burn from chemicals or electricity.",
          redFlag: "severe-burn",
          errorMessage: "Select yes if you have a bad burn",
        },
        {
          kind: "yes-no",
          id: "abdominalPain",
          label: "Do you have severe pain in your tummy?",
          redFlag: "severe-abdominal-pain",
          errorMessage: "Select yes if you have severe pain in your tummy",
        },
      ],
    },
    {
      id: "adult-feelings",
      title: "How you are feeling",
      showWhen: forMyself,
      questions: [
        {
          kind: "yes-no",
          id: "suicideOrSelfHarm",
          label:
            "Are you thinking about ending your life or seriously hurting yourself, and feel you might act on these thoughts?",
          redFlag: "suicide-or-self-harm-intent",
          errorMessage: "Select yes if you feel you might act on thoughts of ending your life",
        },
      ],
    },
    {
      id: "child-breathing-colour-rash",
      title: "The child's breathing, colour and skin",
      hint: "We need to check the child does not need help faster than a GP appointment.",
      showWhen: forChild,
      questions: [
        {
          kind: "yes-no",
          id: "childBreathing",
          label:
            "Is the child struggling to breathe, choking, or has their breathing stopped or paused?",
          hint: "For example, grunting, or the skin sucking in under their ribs with each breath.",
          redFlag: "child-breathing-difficulty",
          errorMessage: "Select yes if the child is struggling to breathe or choking",
        },
        {
          kind: "yes-no",
          id: "childSkinColour",
          label: "Is the child's skin, lips or tongue blue, grey, very pale or blotchy?",
          hint: "On brown or black skin, it may be easier to see on the lips, tongue, palms of the hands or soles of the feet.",
          redFlag: "child-skin-colour",
          errorMessage: "Select yes if the child's skin, lips or tongue have changed colour",
        },
        {
          kind: "yes-no",
          id: "childRash",
          label: "Does the child have a rash that does not fade when you press a glass on it?",
          hint: "Press the side of a clear glass firmly on the rash. If you can still see the rash through the glass, answer yes.",
          redFlag: "child-non-fading-rash",
          errorMessage: "Select yes if the child has a rash that does not fade under a glass",
        },
        {
          kind: "yes-no",
          id: "childAllergicReaction",
          label:
            "Is the child's mouth, lips, tongue or throat swelling, or do you think they are having a severe allergic reaction?",
          redFlag: "child-severe-allergic-reaction",
          errorMessage: "Select yes if the child may be having a severe allergic reaction",
        },
      ],
    },
    {
      id: "child-responding",
      title: "How the child is responding",
      showWhen: forChild,
      questions: [
        {
          kind: "yes-no",
          id: "childUnresponsive",
          label: "Is the child floppy, not responding to you, or very hard to wake?",
          redFlag: "child-unresponsive",
          errorMessage: "Select yes if the child is floppy, not responding or hard to wake",
        },
        {
          kind: "yes-no",
          id: "childFit",
          label:
            "Is the child having a fit (seizure) now, or today have they had their first fit, or a fit that lasted more than 5 minutes?",
          hint: "Answer yes even if they seem to have recovered.",
          redFlag: "child-fit",
          errorMessage: "Select yes if the child has had a fit like this",
        },
        {
          kind: "yes-no",
          id: "childDehydration",
          label: "Does the child seem very dehydrated?",
          hint: "For example, no wee or wet nappy for 12 hours, sunken eyes, or cold hands and feet and very sleepy.",
          redFlag: "child-severe-dehydration",
          errorMessage: "Select yes if the child seems very dehydrated",
        },
        {
          kind: "yes-no",
          id: "babyHighTemperature",
          label: "Is the child a baby under 3 months old with a temperature of 38°C or higher?",
          redFlag: "baby-high-temperature",
          errorMessage:
            "Select yes if the child is under 3 months old with a temperature of 38°C or higher",
        },
      ],
    },
    {
      id: "child-injury-harm",
      title: "Injuries and harm",
      showWhen: forChild,
      questions: [
        {
          kind: "yes-no",
          id: "childSeriousInjury",
          label:
            "Does the child have a serious injury, a bad burn, or bleeding that will not stop?",
          redFlag: "child-serious-injury",
          errorMessage: "Select yes if the child has a serious injury, a bad burn or bleeding",
        },
        {
          kind: "yes-no",
          id: "childSwallowed",
          label:
            "Has the child swallowed a button battery, a magnet, or medicine or chemicals not meant for them?",
          hint: "Answer yes even if they seem well.",
          redFlag: "child-swallowed-harmful",
          errorMessage: "Select yes if the child has swallowed something harmful",
        },
        {
          kind: "yes-no",
          id: "childSelfHarm",
          label:
            "Has the child seriously hurt themselves on purpose, or do you think they might try to end their life?",
          redFlag: "child-suicide-or-self-harm-intent",
          errorMessage: "Select yes if the child has seriously hurt themselves or might try to",
        },
      ],
    },
    {
      id: "problem",
      title: "About the problem",
      questions: [
        {
          kind: "text",
          id: "problem",
          label: "What is the problem?",
          hint: "Tell us in a few words, for example 'sore ear for 2 days'. Nobody reads this straight away: if you need help urgently, call 111, or 999 in an emergency.",
          maxLength: 500,
          errorMessage: "Tell us what the problem is",
          tooLongMessage: "What the problem is must be 500 characters or fewer",
        },
        {
          kind: "choice",
          id: "duration",
          label: "How long has it been going on?",
          options: [
            { value: "today", label: "It started today" },
            { value: "1-to-3-days", label: "1 to 3 days" },
            { value: "4-to-7-days", label: "4 to 7 days" },
            { value: "1-to-4-weeks", label: "1 to 4 weeks" },
            { value: "over-4-weeks", label: "More than 4 weeks" },
          ],
          errorMessage: "Select how long the problem has been going on",
        },
      ],
    },
  ],
} as const satisfies Questionnaire;
