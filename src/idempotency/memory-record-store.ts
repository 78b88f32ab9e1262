import type { RecordStore } from "./record-store";

/** Records one process keeps at most: a flood of keys cannot grow its memory without bound. */
const DEFAULT_MAX_RECORDS = 10_000;
/** How often expired records are swept out (they are also dropped whenever they are read). */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The records of one process (no Redis): each expires, expired ones are swept, and at the cap the
 * oldest record goes first (a replay lost rather than memory without bound).
 */
export class MemoryRecordStore implements RecordStore {
  private readonly records = new Map<string, { readonly value: string; readonly expiresAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly maxRecords = DEFAULT_MAX_RECORDS,
    private readonly now: () => number = Date.now,
  ) {}

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<string | undefined> {
    const now = this.now();
    const held = this.live(key, now);
    if (held !== undefined) return held;
    this.makeRoom(now);
    this.records.set(key, { value, expiresAt: now + ttlMs });
    return undefined;
  }

  async replace(key: string, expected: string, value: string | undefined, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (this.live(key, now) !== expected) return false;
    // Deleted and set again: the Map's order is the records' age, and the one written now is the newest.
    this.records.delete(key);
    if (value !== undefined) this.records.set(key, { value, expiresAt: now + ttlMs });
    return true;
  }

  /** Records held now, expired ones not yet swept included. */
  get size(): number {
    return this.records.size;
  }

  private live(key: string, now: number): string | undefined {
    const record = this.records.get(key);
    if (record === undefined || record.expiresAt > now) return record?.value;
    this.records.delete(key);
    return undefined;
  }

  private makeRoom(now: number): void {
    if (now >= this.nextSweep) {
      this.nextSweep = now + SWEEP_INTERVAL_MS;
      for (const [key, record] of this.records) if (record.expiresAt <= now) this.records.delete(key);
    }
    for (const key of this.records.keys()) {
      if (this.records.size < this.maxRecords) return;
      this.records.delete(key);
    }
  }
}
