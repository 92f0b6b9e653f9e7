import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/**
 * An item as the low-level API returns it, as plain values (what the document client gives
 * for a read). Needed for the `Item` on a ConditionalCheckFailedException, which the document
 * client passes through unconverted. Numbers become JS numbers, as this table stores only
 * small counts; sets become Sets, as the document client makes them.
 */
export function plainItem(item: Record<string, AttributeValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, plain(value)]));
}

function plain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return plainItem(value.M);
  if (value.L !== undefined) return value.L.map(plain);
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(Number));
  if (value.B !== undefined) return value.B;
  if (value.BS !== undefined) return new Set(value.BS);
  throw new Error(`unknown attribute value type: ${Object.keys(value).join(", ")}`);
}
