/** Reuses the answer of a lookup for a short time, so hot requests do not repeat the same queries. */
export interface LookupCache<V> {
  /** The cached answer for `key`, or the answer of `load` (then cached). */
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Replaces the cached answer (after this process changed what it holds). */
  set(key: string, value: V): void;
  /** Forgets the answers whose key starts with `prefix` (all of them when omitted). */
  forget(prefix?: string): void;
}

/**
 * A lookup cache whose entries live `ttlMs` milliseconds of real time (never the app clock, which tests
 * freeze); 0 turns it off. The bound keeps memory flat whatever the traffic.
 */
export function createLookupCache<V>(ttlMs: number, maxEntries = 10_000): LookupCache<V> {
  const entries = new Map<string, { value: V; expires: number }>();
  return {
    async get(key, load) {
      if (ttlMs <= 0) return load();
      const now = performance.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      const value = await load();
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { value, expires: now + ttlMs });
      return value;
    },
    set(key, value) {
      if (ttlMs <= 0) return;
      entries.set(key, { value, expires: performance.now() + ttlMs });
    },
    forget(prefix) {
      if (prefix === undefined) entries.clear();
      else for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}
