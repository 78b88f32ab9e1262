import { createHash } from "node:crypto";
import type { ListField } from "../operations";
import { OPERATIONS } from "../operations";
import type { InvalidMarker, Page, PageRequest } from "../ports/page";
import type { Violation } from "../validation/violation";
import { InputValidationError } from "./input-validation-error";

/** `first` when the caller gives none, and its bounds. */
export const PAGE_SIZE = { default: 100, min: 1, max: 100 } as const;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/**
 * Where a page starts: AWS's marker of the AWS page it falls in, how far into that page, and the key of
 * the node before it when the page starts inside an AWS page.
 */
interface Position {
  readonly marker: string | undefined;
  readonly offset: number;
  readonly key: string | undefined;
}

/** What to ask AWS for, and which of its records make the caller's page. */
export interface PagePlan {
  readonly request: PageRequest;
  readonly offset: number;
  /** The key of the last node the caller was given, when the page starts inside an AWS page. */
  readonly after?: string;
  readonly first: number;
}

const MAX_MARKER_LENGTH = 4_096;
/** Longer than any id or username AWS accepts. */
const MAX_KEY_LENGTH = 1_024;

const AFTER_REFUSED: Violation = { path: ["after"], constraint: "CURSOR", message: "after must be an endCursor this list gave, unaltered." };

/**
 * The Relay-style `first`/`after` of a list field, mapped onto AWS's own page sizes and markers. A cursor
 * names an AWS marker and an offset into the AWS page that marker starts: when `first` is below AWS's
 * smallest page size, the gateway asks for AWS's smallest page and the next cursor points inside it, so
 * that every record is seen once whatever `first` is. A page never spans two AWS pages: it may hold fewer
 * than `first` nodes while `hasNextPage` is true.
 *
 * The next request fetches that AWS page again, and records may have come or gone before the offset since
 * (a group done deleting, a user added to a list ordered by name). So a cursor inside an AWS page also
 * names the key of the last node given (`key`: the record's id), and the next page starts right after that
 * record wherever it now is; only when it is gone does the offset stand in for it (the place it had).
 *
 * Cursors are opaque: base64url JSON and a check over it and the list's arguments (`scope`: for
 * example the broker id), so that an altered cursor, or one from another list, is an input violation
 * rather than something sent to AWS. The check has no secret: it guards against mistakes, not against a
 * caller forging markers, which AWS itself judges (the caller may walk the list anyway).
 */
export class PageCursor<T> {
  constructor(
    private readonly field: ListField,
    /** What names a node within the list (its id): the next page starts after the last node's key. */
    private readonly key: (node: T) => string,
    /** The list's other arguments, which a cursor is bound to. */
    private readonly scope: readonly (string | null | undefined)[] = [],
  ) {}

  plan(args: PageArgs): { readonly plan?: PagePlan; readonly violations: Violation[] } {
    const violations: Violation[] = [];
    const first = args.first ?? PAGE_SIZE.default;
    if (!Number.isInteger(first) || first < PAGE_SIZE.min || first > PAGE_SIZE.max) {
      violations.push({ path: ["first"], constraint: "RANGE", message: `first must be from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}.` });
    }
    const position = args.after === undefined || args.after === null ? START : this.decode(args.after);
    if (!position) violations.push(AFTER_REFUSED);
    if (!position || violations.length > 0) return { violations };
    const { min, max } = OPERATIONS[this.field].page;
    const maxRecords = Math.min(max, Math.max(min, position.offset + first));
    return {
      violations,
      plan: {
        request: { maxRecords, ...(position.marker === undefined ? {} : { marker: position.marker }) },
        offset: position.offset,
        ...(position.key === undefined ? {} : { after: position.key }),
        first,
      },
    };
  }

  /** The caller's page out of AWS's page, with the cursor that goes on from its last node. */
  connection(plan: PagePlan, page: Page<T>): { readonly nodes: T[]; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null } } {
    const start = this.start(plan, page.items);
    const end = Math.min(page.items.length, start + plan.first);
    const nodes = page.items.slice(start, end);
    const last = nodes.at(-1);
    let next: Position | undefined;
    if (end < page.items.length && last !== undefined) next = { marker: plan.request.marker, offset: end, key: this.key(last) };
    else if (page.nextMarker !== undefined) next = { ...START, marker: page.nextMarker };
    return { nodes, pageInfo: { hasNextPage: next !== undefined, endCursor: next ? this.encode(next) : null } };
  }

  /** Where the caller's page starts in AWS's page: right after the last node given, wherever it is now. */
  private start(plan: PagePlan, items: readonly T[]): number {
    if (plan.after === undefined) return Math.min(plan.offset, items.length);
    const at = items.findIndex((item) => this.key(item) === plan.after);
    if (at >= 0) return at + 1;
    // The last node given is gone, most likely deleted since: the node after it has moved up into its place.
    return Math.min(plan.offset - 1, items.length);
  }

  /**
   * The list's fault members, with AWS refusing the cursor's marker answered as what it is to the caller:
   * an `after` that this list did not give (the check has no secret, so a made-up cursor can reach AWS).
   */
  faults<F, M>(member: (fault: F) => M): (fault: F | InvalidMarker) => M | InputValidationError {
    return (fault) => (isInvalidMarker(fault) ? InputValidationError.of([AFTER_REFUSED]) : member(fault));
  }

  private encode(position: Position): string {
    const payload = Buffer.from(JSON.stringify([position.marker ?? null, position.offset, position.key ?? null])).toString("base64url");
    return `${payload}.${this.check(payload)}`;
  }

  private decode(cursor: string): Position | undefined {
    const [payload, check, ...rest] = cursor.split(".");
    if (payload === undefined || check === undefined || rest.length > 0 || check !== this.check(payload)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, "base64url").toString());
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
    const [marker, offset, key] = parsed as unknown[];
    if (!isText(marker, MAX_MARKER_LENGTH) || !Number.isInteger(offset) || !isText(key, MAX_KEY_LENGTH)) return undefined;
    const at = offset as number;
    // A key names the node before the offset: there is one exactly when the page starts inside an AWS page.
    if (at < 0 || at >= OPERATIONS[this.field].page.max || (key === null) !== (at === 0)) return undefined;
    return { marker: marker ?? undefined, offset: at, key: key ?? undefined };
  }

  private check(payload: string): string {
    return createHash("sha256")
      .update(JSON.stringify([this.field, this.scope, payload]))
      .digest("base64url")
      .slice(0, 16);
  }
}

const START: Position = { marker: undefined, offset: 0, key: undefined };

/** Null, or a string of 1 to `max` characters. */
const isText = (value: unknown, max: number): value is string | null =>
  value === null || (typeof value === "string" && value.length > 0 && value.length <= max);

const isInvalidMarker = (fault: unknown): fault is InvalidMarker => (fault as { readonly code?: unknown }).code === "InvalidMarker";
