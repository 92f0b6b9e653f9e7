import { apiInfo, buildOpenApiDocument, routeList } from "@front-door/contracts";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type JsonObject = Record<string, unknown>;
interface Operation {
  responses: Record<string, { headers?: Record<string, JsonObject>; content?: JsonObject }>;
}

const documentId = "https://front-door.invalid/openapi.json";
const document = buildOpenApiDocument(routeList, apiInfo) as JsonObject & {
  paths: Record<string, Record<string, Operation>>;
  components: {
    headers: Record<string, { required?: boolean; schema?: { pattern?: string } }>;
  };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// The whole document as one schema, so each response schema's $refs resolve as a client's would.
ajv.addSchema({ ...document, $id: documentId });

// ajv compiles a fragment of an added schema afresh on each getSchema: compile each one once.
const validators = new Map<string, ReturnType<typeof ajv.getSchema>>();
function validatorAt(schemaPointer: string) {
  if (!validators.has(schemaPointer)) {
    validators.set(schemaPointer, ajv.getSchema(`${documentId}#/${schemaPointer}`));
  }
  return validators.get(schemaPointer);
}

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/**
 * Checks one response against the generated OpenAPI document: the status is one the operation
 * lists, the media type is the documented one, required headers are there, and the body
 * matches the schema. Throws with what is wrong, so a stale schema fails the test that saw it.
 */
export function checkAgainstOpenApi(
  method: string,
  path: string,
  response: { status: number; headers: Record<string, unknown>; body: string },
): void {
  const where = `${method} ${path} → ${response.status}`;
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${where}: the OpenAPI document has no such operation`);
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    throw new Error(
      `${where}: status not listed in the OpenAPI document (it lists ${Object.keys(operation.responses).join(", ")})`,
    );
  }
  const headers = Object.fromEntries(
    Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const ref = typeof header.$ref === "string" ? header.$ref.split("/").at(-1) : undefined;
    const definition = (ref ? document.components.headers[ref] : header) as
      | { required?: boolean; schema?: { pattern?: string } }
      | undefined;
    const value = headers[name.toLowerCase()];
    if (definition?.required && value === undefined) {
      throw new Error(`${where}: the documented ${name} header is missing`);
    }
    const pattern = definition?.schema?.pattern;
    if (value !== undefined && pattern && !new RegExp(pattern).test(String(value))) {
      throw new Error(`${where}: the ${name} header ${String(value)} does not match ${pattern}`);
    }
  }
  const mediaTypes = Object.keys(documented.content ?? {});
  const contentType =
    String(headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim() ?? "";
  if (!mediaTypes.includes(contentType)) {
    throw new Error(`${where}: content-type ${contentType} is not one of ${mediaTypes.join(", ")}`);
  }
  const schemaPointer = pointer(
    "paths",
    path,
    method.toLowerCase(),
    "responses",
    String(response.status),
    "content",
    contentType,
    "schema",
  );
  const validate = validatorAt(schemaPointer);
  if (!validate) throw new Error(`${where}: no schema at ${schemaPointer}`);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    throw new Error(`${where}: the body is not JSON`);
  }
  if (!validate(body)) {
    throw new Error(
      `${where}: the body does not match the documented schema: ${ajv.errorsText(validate.errors, { separator: "; " })}`,
    );
  }
}
