import { randomBytes, randomUUID } from "node:crypto";
import { fingerprint, recordKey } from "./fingerprint";
import type { RecordStore } from "./record-store";

/** A finished call's outcome as a record keeps it: the port's value or domain fault, plain JSON. */
export type StoredResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly fault: unknown };

/** A key's record: claimed by a call in flight, answered, or ended in a way that may or may not have taken effect. */
type StoredRecord =
  | { readonly state: "pending"; readonly fingerprint: string; readonly claim: string }
  | { readonly state: "in-doubt"; readonly fingerprint: string }
  | { readonly state: "done"; readonly fingerprint: string; readonly result: StoredResult };

/** Whose key it is: records are kept per caller and per mutation. */
export interface KeyScope {
  readonly caller: string;
  readonly field: string;
  readonly key: string;
}

/** A key this request holds: its call may go, and how it ends is written over the claim. */
export interface Ticket {
  readonly key: string;
  readonly fingerprint: string;
  /** The pending record this request wrote. */
  readonly claim: string;
  /** What the record held before (an in-doubt record), restored on release. */
  readonly before: string | undefined;
}

/** What a keyed request may do. */
export type Claim =
  | { readonly kind: "claimed"; readonly ticket: Ticket; readonly inDoubt: boolean }
  | { readonly kind: "replay"; readonly result: StoredResult }
  | { readonly kind: "reused" }
  | { readonly kind: "in-progress"; readonly retryAfterSeconds: number }
  | { readonly kind: "unavailable"; readonly retryAfterSeconds: number };

/** What a claimed key's record becomes: the outcome kept for replays, in doubt, or as it was before the claim. */
export type Settlement = { readonly kind: "done"; readonly result: StoredResult } | { readonly kind: "in-doubt" } | { readonly kind: "release" };

export interface RecordSettings {
  /** The HMAC key of fingerprints, the same on every replica that shares the store. */
  readonly secret: string;
  /** How long a finished or in-doubt record is kept. */
  readonly ttlMs: number;
  /** How long a claim holds the key: past it, a replica that died mid-call no longer blocks it. */
  readonly pendingMs: number;
}

/** The documented default: a day of replays. */
const DEFAULT_TTL_MS = 86_400_000;
/** The default upstream deadline and queue wait, twice (a settle read, then the call), and a margin. */
const DEFAULT_PENDING_MS = 2 * (10_000 + 1_000) + 5_000;
/** A call in flight ends within the upstream deadline; a second is a polite first retry. */
const IN_PROGRESS_RETRY_SECONDS = 1;
/** The Redis link tries to reconnect at least this often. */
const UNAVAILABLE_RETRY_SECONDS = 2;

/**
 * Idempotency records over a store: claims a key for a call (`SET NX`), answers a repeat from the record,
 * and writes the call's outcome over its own claim only (compare-and-set), so that a late writer never
 * overwrites a newer claim. A store that fails refuses the keyed request rather than run it unprotected.
 */
export class IdempotencyRecords {
  private readonly settings: RecordSettings;

  constructor(
    private readonly store: RecordStore,
    settings: Partial<RecordSettings> = {},
  ) {
    this.settings = {
      // Without a configured secret the records are this process's own: a random key is as good as any.
      secret: settings.secret ?? randomBytes(32).toString("base64url"),
      ttlMs: settings.ttlMs ?? DEFAULT_TTL_MS,
      pendingMs: settings.pendingMs ?? DEFAULT_PENDING_MS,
    };
  }

  async claim(scope: KeyScope, input: unknown): Promise<Claim> {
    const key = recordKey(scope.caller, scope.field, scope.key);
    const print = fingerprint(this.settings.secret, input);
    const claim = JSON.stringify({ state: "pending", fingerprint: print, claim: randomUUID() } satisfies StoredRecord);
    const ticket = (before: string | undefined): Ticket => ({ key, fingerprint: print, claim, before });
    let held: string | undefined;
    try {
      held = await this.store.setIfAbsent(key, claim, this.settings.pendingMs);
    } catch {
      return { kind: "unavailable", retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
    }
    if (held === undefined) return { kind: "claimed", ticket: ticket(undefined), inDoubt: false };
    const record = JSON.parse(held) as StoredRecord;
    if (record.fingerprint !== print) return { kind: "reused" };
    if (record.state === "done") return { kind: "replay", result: record.result };
    if (record.state === "in-doubt") {
      // This request settles the doubt, unless another repeat took the record first.
      try {
        if (await this.store.replace(key, held, claim, this.settings.pendingMs)) return { kind: "claimed", ticket: ticket(held), inDoubt: true };
      } catch {
        return { kind: "unavailable", retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
      }
    }
    return { kind: "in-progress", retryAfterSeconds: IN_PROGRESS_RETRY_SECONDS };
  }

  /**
   * Writes how the claimed call ended over the claim. A store that fails now loses only the record (the
   * claim expires by itself): the caller still gets the answer.
   */
  async settle(ticket: Ticket, settlement: Settlement): Promise<void> {
    const { ttlMs } = this.settings;
    const next =
      settlement.kind === "release"
        ? ticket.before
        : JSON.stringify(
            (settlement.kind === "done"
              ? { state: "done", fingerprint: ticket.fingerprint, result: settlement.result }
              : { state: "in-doubt", fingerprint: ticket.fingerprint }) satisfies StoredRecord,
          );
    try {
      await this.store.replace(ticket.key, ticket.claim, next, ttlMs);
    } catch {
      // The answer matters more than the record.
    }
  }
}
