import * as z from "zod/mini";
import type { Schema } from "./route-definition.ts";

type JsonObject = Record<string, unknown>;

/**
 * JSON Schemas for the OpenAPI document, with every nested `$defs` block (a recursive or
 * registered schema) hoisted into components/schemas so that each `$ref` resolves from the
 * document's root, where OpenAPI tools look for it.
 */
export class SchemaComponents {
  readonly schemas: Record<string, JsonObject> = {};

  /** `owner` names an unnamed nested definition: the route id, say. */
  toJsonSchema(schema: Schema, io: "input" | "output", owner: string): JsonObject {
    const {
      $schema: _ignored,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "any",
    }) as JsonObject & { $defs?: Record<string, JsonObject> };
    const renames = new Map<string, string>();
    for (const name of Object.keys($defs ?? {})) {
      // zod names a definition without a registered id "__schema0", "__schema1"…: per call.
      const base = name.startsWith("__schema") ? `${pascal(owner)}${pascal(name)}` : name;
      renames.set(name, base);
    }
    const rewrite = (value: unknown): unknown => rewriteRefs(value, renames);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const [name, definition] of Object.entries($defs ?? {})) {
      const existing = this.schemas[renames.get(name) as string];
      // The same registered schema can differ as input and output (defaults, transforms).
      if (existing && !same(existing, rewrite(definition))) {
        renames.set(name, `${renames.get(name)}${io === "input" ? "Input" : "Output"}`);
      }
    }
    for (const [name, definition] of Object.entries($defs ?? {})) {
      const target = renames.get(name) as string;
      const content = rewrite(definition) as JsonObject;
      const existing = this.schemas[target];
      if (existing && !same(existing, content)) {
        throw new Error(`Two different schemas want the component name ${target}`);
      }
      this.schemas[target] = content;
    }
    return rewrite(rest) as JsonObject;
  }
}

function rewriteRefs(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")) {
      const name = inner.slice("#/$defs/".length);
      out[key] = `#/components/schemas/${renames.get(name) ?? name}`;
    } else {
      out[key] = rewriteRefs(inner, renames);
    }
  }
  return out;
}

const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
