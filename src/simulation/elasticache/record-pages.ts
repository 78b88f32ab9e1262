import type { Page, PageRequest } from "../../ports/page";

/** ElastiCache's Describe* page sizes: MaxRecords from 20 to 100, 100 when not given. */
const MAX_RECORDS = { min: 20, max: 100, default: 100 } as const;

/**
 * A MaxRecords or Marker that ElastiCache refuses with InvalidParameterValue, which the Describe calls do
 * not document: the wire answers it, the local adapter lets it through as the AWS adapter would (unexpected).
 */
export class InvalidPageRequest extends Error {
  override readonly name = "InvalidPageRequest";
}

/** A record and its place in the listing: places only grow, so a marker stays good while records come and go. */
export interface Placed<T> {
  readonly position: number;
  readonly value: T;
}

/**
 * One page of `records` (in listing order) as ElastiCache answers it: at most MaxRecords of them from the
 * marker on, and a marker for the rest when there is any. The marker names the place of the next record,
 * so a record deleted between pages leaves no gap and causes no repeat.
 */
export function recordPage<T>(records: readonly Placed<T>[], request: Partial<PageRequest>): Page<T> {
  const maxRecords = request.maxRecords ?? MAX_RECORDS.default;
  if (!Number.isInteger(maxRecords) || maxRecords < MAX_RECORDS.min || maxRecords > MAX_RECORDS.max) {
    throw new InvalidPageRequest(`MaxRecords must be from ${MAX_RECORDS.min} to ${MAX_RECORDS.max}.`);
  }
  const from = request.marker === undefined ? 0 : place(request.marker);
  const rest = records.filter((r) => r.position >= from);
  const items = rest.slice(0, maxRecords).map((r) => r.value);
  const next = rest[maxRecords];
  return next ? { items, nextMarker: marker(next.position) } : { items };
}

const marker = (position: number): string => Buffer.from(JSON.stringify({ next: position })).toString("base64url");

function place(text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString());
  } catch {
    parsed = undefined;
  }
  const next = (parsed as { next?: unknown } | undefined)?.next;
  if (!Number.isInteger(next) || (next as number) < 0 || marker(next as number) !== text) throw new InvalidPageRequest("The marker is not valid.");
  return next as number;
}
