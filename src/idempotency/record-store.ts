/**
 * Where idempotency records live: in the shared Redis (every replica sees them) or in this process's
 * memory. Values are opaque text; each expires on its own.
 */
export interface RecordStore {
  /** Stores `value` for `ttlMs` unless `key` holds a value: undefined when it stored it, else the value held. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<string | undefined>;
  /**
   * Only while `key` still holds `expected`: stores `value` for `ttlMs`, or deletes the key when `value` is
   * undefined. Whether it did.
   */
  replace(key: string, expected: string, value: string | undefined, ttlMs: number): Promise<boolean>;
}
