import type { Page } from "../../ports/page";
import { type Fault, fail, ok, type Result } from "../../ports/result";

/** Amazon MQ's BadRequestException, as the rules answer it. */
export type MqBadRequest = Fault<"BadRequest", { readonly attribute: string | null; readonly reason: string }>;

/** MaxResults and NextToken of an Amazon MQ list call (ListBrokers, ListUsers); both optional on the wire. */
export interface MqPageRequest {
  readonly maxResults?: number;
  readonly nextToken?: string;
}

/** Amazon MQ's page sizes: MaxResults from 5 to 100, 20 when not given. */
export const MQ_PAGE_SIZES = { min: 5, max: 100, default: 20 } as const;

/**
 * One page of `items`, ordered by `key`, as Amazon MQ pages its lists: at most MaxResults records, and a
 * NextToken only when more follow. The token names the last key given, so a record added or removed
 * between two pages neither repeats another nor hides one. A token that does not decode, or a MaxResults
 * out of range, is a BadRequestException naming the attribute.
 */
export function mqPage<T>(items: Iterable<T>, key: (item: T) => string, request: MqPageRequest): Result<Page<T>, MqBadRequest> {
  const size = request.maxResults ?? MQ_PAGE_SIZES.default;
  if (!Number.isInteger(size) || size < MQ_PAGE_SIZES.min || size > MQ_PAGE_SIZES.max) {
    return fail(badRequest("maxResults", `maxResults must be from ${MQ_PAGE_SIZES.min} to ${MQ_PAGE_SIZES.max}.`));
  }
  const after = request.nextToken === undefined ? undefined : decode(request.nextToken);
  if (after === null) return fail(badRequest("nextToken", "The nextToken is not one this list gave."));
  const ordered = [...items].sort((a, b) => compare(key(a), key(b)));
  const rest = after === undefined ? ordered : ordered.filter((item) => compare(key(item), after) > 0);
  const page = rest.slice(0, size);
  const last = page.at(-1);
  return ok(rest.length > size && last !== undefined ? { items: page, nextMarker: encode(key(last)) } : { items: page });
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const badRequest = (attribute: string, reason: string): MqBadRequest => ({ code: "BadRequest", attribute, reason });

const encode = (lastKey: string): string => Buffer.from(JSON.stringify({ after: lastKey })).toString("base64url");

/** The last key a token names; null for a token this list did not give. */
function decode(token: string): string | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    const after = (parsed as { after?: unknown } | null)?.after;
    return typeof after === "string" && encode(after) === token ? after : null;
  } catch {
    return null;
  }
}
