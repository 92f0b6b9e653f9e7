import { keys } from "../keys.ts";

/**
 * The ONE place PHB dashboard counts are written: every change adds its deltas here, in the
 * change's own transaction. One item per ICB, London date and route; when counts move to
 * sharded counters, only this function changes.
 */
export function phbCountUpdate(
  tableName: string,
  scope: { icbId: string; localDate: string; routeId: string },
  deltas: Readonly<Record<string, number>>,
) {
  const changes = Object.entries(deltas).filter(([, delta]) => delta !== 0);
  if (changes.length === 0) return undefined;
  const names: Record<string, string> = { "#scope": "scope" };
  const values: Record<string, unknown> = { ":scope": scope };
  const adds = changes.map(([name, delta], index) => {
    names[`#c${index}`] = name;
    values[`:c${index}`] = delta;
    return `#c${index} :c${index}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: keys.phbCounts(scope.icbId, scope.localDate, scope.routeId),
      UpdateExpression: `SET #scope = if_not_exists(#scope, :scope) ADD ${adds.join(", ")}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
