/**
 * What the emulator does with one request: an HTTP answer, or one of the two ways a connection can fail
 * without an answer (reset: the socket is destroyed; hang: nothing is ever written).
 */
export type WireAnswer =
  | { readonly kind: "answer"; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string }
  | { readonly kind: "reset" }
  | { readonly kind: "hang" };

export const answer = (status: number, contentType: string, body: string, headers: Readonly<Record<string, string>> = {}): WireAnswer => ({
  kind: "answer",
  status,
  headers: { "content-type": contentType, ...headers },
  body,
});

export const XML = "text/xml";
export const JSON_TYPE = "application/json";

/** The page a proxy in front of AWS answers when its upstream fails: HTTP 502, HTML. */
export const htmlErrorPage = (): WireAnswer =>
  answer(
    502,
    "text/html; charset=utf-8",
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>\n",
  );
