import type { OpeningHours } from "@front-door/contracts";
import type { Icb, Site } from "../records.ts";

/**
 * The demo area: two ICBs in Yorkshire. Site names, addresses and phone numbers are made up
 * (phone numbers are from Ofcom's drama range); coordinates are near the real places. ICB ODS
 * codes are the real ICBs'; site ODS codes (Y99001…) are made up, shaped like practice codes.
 */
export const demoIcbs: readonly Icb[] = [
  { id: "icb-west-yorkshire", name: "NHS West Yorkshire ICB", odsCode: "QWO" },
  { id: "icb-humber-north-yorkshire", name: "NHS Humber and North Yorkshire ICB", odsCode: "QOQ" },
];

const twelveHoursSixDays: OpeningHours[] = (
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const
).map((day) => ({ day, opens: "08:00", closes: "20:00" }));

const everyDay: OpeningHours[] = (
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const
).map((day) => ({ day, opens: "08:00", closes: "20:00" }));

export const demoSites: readonly Site[] = [
  {
    id: "site-armley",
    odsCode: "Y99001",
    name: "Armley Neighbourhood Health Centre",
    kind: "neighbourhood-health-centre",
    icbId: "icb-west-yorkshire",
    address: { lines: ["14 Town Street", "Armley"], town: "Leeds", postcode: "LS12 3HN" },
    location: { lat: 53.7985, lng: -1.5935 },
    phone: "0113 496 0101",
    openingHours: twelveHoursSixDays,
    services: [
      "same-day-gp",
      "gp-advice",
      "physiotherapy",
      "podiatry",
      "falls-prevention",
      "blood-test",
    ],
  },
  {
    id: "site-chapeltown",
    odsCode: "Y99002",
    name: "Chapeltown Neighbourhood Health Centre",
    kind: "neighbourhood-health-centre",
    icbId: "icb-west-yorkshire",
    address: { lines: ["2 Spencer Place", "Chapeltown"], town: "Leeds", postcode: "LS7 4BR" },
    location: { lat: 53.8225, lng: -1.5305 },
    phone: "0113 496 0202",
    openingHours: twelveHoursSixDays,
    services: [
      "same-day-gp",
      "gp-advice",
      "audiology",
      "continence",
      "talking-therapies",
      "blood-test",
    ],
  },
  {
    id: "site-halifax",
    odsCode: "Y99003",
    name: "Halifax Central Neighbourhood Health Centre",
    kind: "neighbourhood-health-centre",
    icbId: "icb-west-yorkshire",
    address: { lines: ["30 Commercial Street"], town: "Halifax", postcode: "HX1 1BA" },
    location: { lat: 53.7229, lng: -1.8607 },
    phone: "01422 496 030",
    openingHours: twelveHoursSixDays,
    services: ["same-day-gp", "gp-advice", "physiotherapy", "weight-management", "blood-test"],
  },
  {
    id: "site-wakefield-cdc",
    odsCode: "Y99004",
    name: "Wakefield Community Diagnostic Centre",
    kind: "community-diagnostic-centre",
    icbId: "icb-west-yorkshire",
    address: { lines: ["Trinity Walk"], town: "Wakefield", postcode: "WF1 1QS" },
    location: { lat: 53.6855, lng: -1.4925 },
    phone: "01924 496 040",
    openingHours: everyDay,
    services: ["chest-x-ray", "ultrasound", "ct-scan", "mri-scan", "spirometry", "blood-test"],
  },
  {
    id: "site-york-clifton",
    odsCode: "Y99005",
    name: "Clifton Neighbourhood Health Centre",
    kind: "neighbourhood-health-centre",
    icbId: "icb-humber-north-yorkshire",
    address: { lines: ["88 Clifton"], town: "York", postcode: "YO30 6BA" },
    location: { lat: 53.9735, lng: -1.0985 },
    phone: "01904 496 050",
    openingHours: twelveHoursSixDays,
    services: [
      "same-day-gp",
      "gp-advice",
      "physiotherapy",
      "podiatry",
      "audiology",
      "stop-smoking",
      "blood-test",
    ],
  },
];
