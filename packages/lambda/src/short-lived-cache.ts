/**
 * Values read recently, kept in a function's module scope: a warm Lambda container serves many
 * requests, and some reads are fine a moment old (suggestions, a site's name). Never for what a
 * decision rests on: a conditional write decides that.
 */
export interface ShortLivedCache<V> {
  /**
   * The value read for `key` less than `ttlMs` ago, else `read()`'s. Concurrent misses for a
   * key share one read; a failed read is not kept.
   */
  get(key: string, read: () => Promise<V>): Promise<V>;
  /** Changes a kept value (something this container has just learnt), if one is kept. */
  update(key: string, change: (value: V) => V): void;
}

export interface ShortLivedCacheOptions {
  ttlMs: number;
  /** Keys kept at most; the oldest read goes first. */
  maxEntries: number;
  /** Milliseconds, as Date.now; tests pass their own. */
  clock?: () => number;
}

export function shortLivedCache<V>(options: ShortLivedCacheOptions): ShortLivedCache<V> {
  const { ttlMs, maxEntries } = options;
  const clock = options.clock ?? Date.now;
  if (!(ttlMs > 0) || !(maxEntries > 0)) throw new Error("ttlMs and maxEntries must be positive");
  // Insertion order is read order (a fresh read deletes then sets): the first key is the oldest.
  const entries = new Map<string, { readAt: number; value: Promise<V> }>();
  return {
    get(key, read) {
      const now = clock();
      const kept = entries.get(key);
      if (kept && now - kept.readAt < ttlMs) return kept.value;
      entries.delete(key);
      while (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      const entry = { readAt: now, value: read() };
      entries.set(key, entry);
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },
    update(key, change) {
      const kept = entries.get(key);
      if (kept) kept.value = kept.value.then(change);
    },
  };
}
