import type * as z from "zod/mini";
import type {
  FhirCapabilityStatement,
  FhirReadResource,
  FhirSearchBundle,
} from "../../fhir-api.ts";

/**
 * The FHIR R4 routes' examples, as the registry renders the demo data on Tuesday 8 December 2026
 * at 10:00: the statement (abbreviated to two of its fourteen types), the Appointment Amira
 * Hussain booked at Chapeltown in answer to her advice request (examples/advice.ts), and the
 * first of Chapeltown's free same-day GP slots that day. Full URLs are those `npm start` serves
 * on its default port.
 */

const service = "https://fhir.front-door.nhs.example/CodeSystem/service";

export const fhirMetadataExample = {
  resourceType: "CapabilityStatement",
  status: "active",
  date: "2026-12-03",
  publisher: "Front Door",
  name: "FrontDoorFhirApi",
  title: "Front Door FHIR R4 API",
  description:
    "FHIR R4 views of Front Door's records: its directory (ICBs, the organisations running its sites, sites, services, schedules, free slots, questionnaires) and the records of its journeys.",
  kind: "instance",
  software: { name: "Front Door", version: "0.1.0" },
  implementation: { description: "Front Door FHIR R4 API, under /api/fhir" },
  fhirVersion: "4.0.1",
  format: ["json"],
  rest: [
    {
      mode: "server",
      documentation:
        "Read by id and search a type, with GET only; every answer is application/fhir+json, every error an OperationOutcome. Search is strict: an unknown parameter is refused. _count (1 to 100, default 20) sets a page's size; follow the Bundle's next link for the next page.",
      security: {
        cors: false,
        service: [
          {
            coding: [
              {
                system: "http://terminology.hl7.org/CodeSystem/restful-security-service",
                code: "OAuth",
                display: "OAuth",
              },
            ],
            text: "Bearer token",
          },
        ],
        description:
          "Send `Authorization: Bearer <token>`: a JWT ID token from the deployment's Cognito user pool (locally, one from POST /api/dev/token). Without one, or with one refused, the answer is 401; a role that may not call a route gets 403; what the caller may not see is absent (a read answers 404, a search leaves it out). This statement is public.",
      },
      resource: [
        {
          type: "Appointment",
          profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment",
          interaction: [{ code: "read" }, { code: "search-type" }],
          searchParam: [
            { name: "_id", type: "token", documentation: "The appointment's id." },
            {
              name: "patient",
              type: "reference",
              documentation: "Patient/<id>. A patient finds only their own.",
            },
            {
              name: "date",
              type: "date",
              documentation:
                "The start, with ge, le, gt, lt or eq; repeat for a range. Staff searching their site without a patient or referral give a range of at most 31 days.",
            },
            {
              name: "status",
              type: "token",
              documentation: "booked, arrived, fulfilled, noshow or cancelled.",
            },
            {
              name: "location",
              type: "reference",
              documentation: "Location/<siteId>. Staff find only their own site's.",
            },
            {
              name: "based-on",
              type: "reference",
              documentation:
                "ServiceRequest/<referralId>: the appointment booked for a self-referral.",
            },
          ],
        },
        {
          type: "Slot",
          profile: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot",
          interaction: [{ code: "read" }, { code: "search-type" }],
          searchParam: [
            {
              name: "start",
              type: "date",
              documentation:
                "Required, twice: the range slots start in, start=ge2026-12-08&start=le2026-12-14 (ge/gt and le/lt; a date is a whole London day, or give a time with its offset); at most 14 days",
            },
            {
              name: "status",
              type: "token",
              documentation: "free: the only status searched (a patient can book the slot now)",
            },
            {
              name: "service-type",
              type: "token",
              documentation: `The service: a SNOMED CT code (http://snomed.info/sct|722140001) or Front Door's own (physiotherapy, or ${service}|physiotherapy)`,
            },
            {
              name: "schedule",
              type: "reference",
              documentation: "One service's diary at one site: Schedule/{siteId}.{service}",
            },
          ],
        },
      ],
    },
  ],
} satisfies z.output<typeof FhirCapabilityStatement>;

/** GET /api/fhir/Appointment/4f5e6472-dfa9-4956-8dda-5d428fe23677, as Amira. */
export const fhirReadExample = {
  resourceType: "Appointment",
  id: "4f5e6472-dfa9-4956-8dda-5d428fe23677",
  meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment"] },
  identifier: [
    { system: "https://fhir.front-door.nhs.example/Id/booking-reference", value: "XR6XSHY4" },
  ],
  status: "booked",
  serviceType: [
    {
      coding: [{ system: service, code: "same-day-gp", display: "Same-day GP appointment" }],
      text: "Same-day GP appointment",
    },
  ],
  start: "2026-12-08T14:15:00.000Z",
  end: "2026-12-08T14:30:00.000Z",
  slot: [{ reference: "Slot/site-chapeltown.same-day-gp.in-person.20261208.1415.1" }],
  created: "2026-12-08T11:42:00.000Z",
  participant: [
    {
      actor: { reference: "Patient/patient-amira" },
      required: "required",
      status: "accepted",
    },
    {
      actor: {
        reference: "Location/site-chapeltown",
        display: "Chapeltown Neighbourhood Health Centre",
      },
      required: "required",
      status: "accepted",
    },
  ],
} satisfies z.output<typeof FhirReadResource>;

const slotQuery =
  "start=ge2026-12-08&start=le2026-12-08&status=free&schedule=Schedule/site-chapeltown.same-day-gp&_count=1";
const slotId = "site-chapeltown.same-day-gp.in-person.20261208.1015.1";

/** GET /api/fhir/Slot?{slotQuery}: the first of 83 free slots, and the next page's link. */
export const fhirSearchExample = {
  resourceType: "Bundle",
  type: "searchset",
  total: 83,
  link: [
    { relation: "self", url: `/api/fhir/Slot?${slotQuery}` },
    {
      relation: "next",
      url: "/api/fhir/Slot?start=ge2026-12-08&start=le2026-12-08&status=free&schedule=Schedule%2Fsite-chapeltown.same-day-gp&_count=1&_page=MQ.ra9ZXRMejM_nsqGf0F8IjYyafLfdPVBq",
    },
  ],
  entry: [
    {
      fullUrl: `http://localhost:3000/api/fhir/Slot/${slotId}`,
      resource: {
        resourceType: "Slot",
        id: slotId,
        meta: { profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot"] },
        extension: [
          {
            url: "https://fhir.front-door.nhs.example/StructureDefinition/delivery-channel",
            valueCode: "in-person",
          },
        ],
        serviceType: [
          {
            coding: [
              {
                system: "http://snomed.info/sct",
                code: "788007007",
                display: "General practice service",
              },
              { system: service, code: "same-day-gp", display: "Same-day GP appointment" },
            ],
            text: "Same-day GP appointment",
          },
        ],
        schedule: { reference: "Schedule/site-chapeltown.same-day-gp" },
        status: "free",
        start: "2026-12-08T10:15:00.000Z",
        end: "2026-12-08T10:30:00.000Z",
      },
      search: { mode: "match" },
    },
  ],
} satisfies z.output<typeof FhirSearchBundle>;
