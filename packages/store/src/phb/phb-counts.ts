import { counterUpdate } from "../counts/sharded-counter.ts";
import { keys } from "../keys.ts";

/**
 * The ONE place PHB dashboard counts are written: every change adds its deltas here, in the
 * change's own transaction. Each write lands on one shard of the ICB, date and route's counter
 * (counts/sharded-counter.ts), so a busy ICB's changes never queue on one item; read them with
 * `readCounters(db, tableName, keys.phbCounts(icbId, "", "").group, range)`. Undefined when
 * nothing moves (a change that leaves every count as it was adds no item).
 */
export function phbCountUpdate(
  tableName: string,
  scope: { icbId: string; localDate: string; routeId: string },
  deltas: Readonly<Record<string, number>>,
) {
  if (Object.values(deltas).every((delta) => delta === 0)) return undefined;
  return counterUpdate(
    tableName,
    { ...keys.phbCounts(scope.icbId, scope.localDate, scope.routeId), scope: { ...scope } },
    deltas,
  );
}
