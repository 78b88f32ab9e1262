import { answer, type WireAnswer, XML } from "./wire-answer";
import { escapeXml, toXml, type Xml } from "./xml";

export const ELASTICACHE_VERSION = "2015-02-02";
const NAMESPACE = `http://elasticache.amazonaws.com/doc/${ELASTICACHE_VERSION}/`;

/** `<ActionResponse><ActionResult>..</ActionResult><ResponseMetadata>..</ResponseMetadata></ActionResponse>`, HTTP 200. */
export function queryResult(action: string, result: { readonly [name: string]: Xml }, requestId: string): WireAnswer {
  const body =
    `<${action}Response xmlns="${NAMESPACE}">` +
    toXml(`${action}Result`, result) +
    `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata>` +
    `</${action}Response>\n`;
  return answer(200, XML, body);
}

/** The AWS Query error body: Sender for the caller's faults, Receiver for the service's. */
export function queryError(status: number, code: string, message: string, requestId: string, type: "Sender" | "Receiver" = "Sender"): WireAnswer {
  const body =
    `<ErrorResponse xmlns="${NAMESPACE}">` +
    `<Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
    `<RequestId>${escapeXml(requestId)}</RequestId>` +
    `</ErrorResponse>\n`;
  return answer(status, XML, body);
}

/** A form-encoded Query request, read as the SDK writes it (`Name.member.N`, `Tags.Tag.N.Key`). */
export class QueryForm {
  private readonly params: URLSearchParams;

  constructor(body: string) {
    this.params = new URLSearchParams(body);
  }

  string(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.params.get(name);
    return value === null ? undefined : value.toLowerCase() === "true";
  }

  /** `Name.member.1..N` in index order; `Name=` (how the SDK sends an empty list) is []; absent is undefined. */
  list(name: string, item = "member"): string[] | undefined {
    const values = this.indexed(`${name}.${item}.`, "");
    if (values.length > 0) return values.map(([, v]) => v);
    return this.params.has(name) ? [] : undefined;
  }

  /** `Tags.Tag.N.Key` and `.Value`; a tag without a value has value null. */
  tags(): { key: string; value: string | null }[] | undefined {
    const keys = this.indexed("Tags.Tag.", ".Key");
    if (keys.length === 0) return this.params.has("Tags") ? [] : undefined;
    return keys.map(([n, key]) => ({ key, value: this.params.get(`Tags.Tag.${n}.Value`) }));
  }

  /** The values of `${prefix}N${suffix}` for whole numbers N, in order of N. */
  private indexed(prefix: string, suffix: string): [number, string][] {
    const found: [number, string][] = [];
    for (const [key, value] of this.params) {
      if (!key.startsWith(prefix) || !key.endsWith(suffix)) continue;
      const n = key.slice(prefix.length, key.length - suffix.length);
      if (/^[1-9][0-9]{0,5}$/.test(n)) found.push([Number(n), value]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }
}
