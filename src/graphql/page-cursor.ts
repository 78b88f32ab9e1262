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

/** Where a page starts: AWS's marker of the AWS page it falls in, and how far into that page. */
interface Position {
  readonly marker: string | undefined;
  readonly offset: number;
}

/** What to ask AWS for, and which of its records make the caller's page. */
export interface PagePlan {
  readonly request: PageRequest;
  readonly offset: number;
  readonly first: number;
}

const MAX_MARKER_LENGTH = 4_096;

const AFTER_REFUSED: Violation = { path: ["after"], constraint: "CURSOR", message: "after must be an endCursor this list gave, unaltered." };

/**
 * The Relay-style `first`/`after` of a list field, mapped onto AWS's own page sizes and markers. A cursor
 * names an AWS marker and an offset into the AWS page that marker starts: when `first` is below AWS's
 * smallest page size, the gateway asks for AWS's smallest page and the next cursor points inside it, so
 * that every record is seen once whatever `first` is. A page never spans two AWS pages: it may hold fewer
 * than `first` nodes while `hasNextPage` is true.
 *
 * Cursors are opaque: base64url JSON and a check over it and the list's arguments (`scope`: for
 * example the broker id), so that an altered cursor, or one from another list, is an input violation
 * rather than something sent to AWS. The check has no secret: it guards against mistakes, not against a
 * caller forging markers, which AWS itself judges (the caller may walk the list anyway).
 */
export class PageCursor {
  constructor(
    private readonly field: ListField,
    /** The list's other arguments, which a cursor is bound to. */
    private readonly scope: readonly (string | null | undefined)[] = [],
  ) {}

  plan(args: PageArgs): { readonly plan?: PagePlan; readonly violations: Violation[] } {
    const violations: Violation[] = [];
    const first = args.first ?? PAGE_SIZE.default;
    if (!Number.isInteger(first) || first < PAGE_SIZE.min || first > PAGE_SIZE.max) {
      violations.push({ path: ["first"], constraint: "RANGE", message: `first must be from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}.` });
    }
    const position = args.after === undefined || args.after === null ? { marker: undefined, offset: 0 } : this.decode(args.after);
    if (!position) violations.push(AFTER_REFUSED);
    if (!position || violations.length > 0) return { violations };
    const { min, max } = OPERATIONS[this.field].page;
    const maxRecords = Math.min(max, Math.max(min, position.offset + first));
    return {
      violations,
      plan: { request: { maxRecords, ...(position.marker === undefined ? {} : { marker: position.marker }) }, offset: position.offset, first },
    };
  }

  /** The caller's page out of AWS's page, with the cursor that goes on from its last node. */
  connection<T>(
    plan: PagePlan,
    page: Page<T>,
  ): { readonly nodes: T[]; readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null } } {
    const end = Math.min(page.items.length, plan.offset + plan.first);
    const nodes = page.items.slice(plan.offset, end);
    let next: Position | undefined;
    if (end < page.items.length) next = { marker: plan.request.marker, offset: end };
    else if (page.nextMarker !== undefined) next = { marker: page.nextMarker, offset: 0 };
    return { nodes, pageInfo: { hasNextPage: next !== undefined, endCursor: next ? this.encode(next) : null } };
  }

  /**
   * The list's fault members, with AWS refusing the cursor's marker answered as what it is to the caller:
   * an `after` that this list did not give (the check has no secret, so a made-up cursor can reach AWS).
   */
  faults<F, M>(member: (fault: F) => M): (fault: F | InvalidMarker) => M | InputValidationError {
    return (fault) => (isInvalidMarker(fault) ? InputValidationError.of([AFTER_REFUSED]) : member(fault));
  }

  private encode(position: Position): string {
    const payload = Buffer.from(JSON.stringify([position.marker ?? null, position.offset])).toString("base64url");
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
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [marker, offset] = parsed as unknown[];
    const markerOk = marker === null || (typeof marker === "string" && marker.length > 0 && marker.length <= MAX_MARKER_LENGTH);
    if (!markerOk || !Number.isInteger(offset) || (offset as number) < 0 || (offset as number) >= OPERATIONS[this.field].page.max) return undefined;
    return { marker: (marker as string | null) ?? undefined, offset: offset as number };
  }

  private check(payload: string): string {
    return createHash("sha256")
      .update(JSON.stringify([this.field, this.scope, payload]))
      .digest("base64url")
      .slice(0, 16);
  }
}

const isInvalidMarker = (fault: unknown): fault is InvalidMarker => (fault as { readonly code?: unknown }).code === "InvalidMarker";
