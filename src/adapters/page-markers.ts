import type { InvalidMarker, Page, PageRequest } from "../ports/page";
import { fail, type Result } from "../ports/result";

/**
 * AWS's page markers as the adapters read them (ElastiCache `Marker`, Amazon MQ `NextToken`), for the AWS
 * adapters and the local ones alike: each side answers a page and a refused marker the same way.
 */

/** A list answer's records and its marker for the next page: none when AWS gives none, or an empty one. */
export const markedPage = <T>(items: readonly T[], marker: string | undefined): Page<T> => (marker ? { items, nextMarker: marker } : { items });

/** A list call's answer, with the fault `aboutMarker` recognises as AWS refusing the page's marker answered as InvalidMarker. */
export function markerRefusal<T, F extends { readonly code: string; readonly requestId?: string }>(
  page: PageRequest,
  result: Result<T, F>,
  aboutMarker: (fault: F) => boolean,
): Result<T, F | InvalidMarker> {
  if (result.ok || page.marker === undefined || !aboutMarker(result.fault)) return result;
  return fail({ code: "InvalidMarker", requestId: result.fault.requestId }, result.call);
}

/** How Amazon MQ refuses a NextToken: a BadRequest naming it. */
export const nextTokenRefused = (fault: { readonly code: string; readonly attribute?: string | null }): boolean =>
  fault.code === "BadRequest" && fault.attribute === "nextToken";
