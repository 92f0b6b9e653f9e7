import type { RedFlagId } from "../triage/red-flags.ts";

/**
 * "Do you have any of these?" asked before anything else, as data: the adult list for a
 * request about the patient (or another adult), the child list for a child under 16.
 * The words shown come from the red flags themselves (triage/red-flags.ts).
 */
export const adviceEmergencySigns = {
  adult: [
    "chest-pain",
    "stroke-signs",
    "breathing-difficulty",
    "severe-allergic-reaction",
    "prolonged-fit",
    "unconscious-or-confused",
    "uncontrolled-bleeding",
    "severe-burn",
    "thunderclap-headache",
    "serious-injury",
    "suicide-or-self-harm-intent",
    "severe-abdominal-pain",
  ],
  child: [
    "child-breathing-difficulty",
    "child-skin-colour",
    "child-non-fading-rash",
    "child-unresponsive",
    "child-fit",
    "child-severe-allergic-reaction",
    "child-severe-dehydration",
    "baby-high-temperature",
    "child-serious-injury",
    "child-swallowed-harmful",
    "child-suicide-or-self-harm-intent",
  ],
} as const satisfies Record<"adult" | "child", readonly RedFlagId[]>;
