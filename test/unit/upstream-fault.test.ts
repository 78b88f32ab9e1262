import { ElastiCacheServiceException } from "@aws-sdk/client-elasticache";
import { MqServiceException } from "@aws-sdk/client-mq";
import { describe, expect, it } from "vitest";
import { type SdkError, upstreamFault } from "../../src/adapters/aws/upstream-fault";

/** The adapters hand upstreamFault whatever the SDK threw, cast the same way (Error#cause is unknown, SdkError's is Error). */
const sdk = (error: Error): SdkError => error as SdkError;

function awsError(name: string, httpStatusCode: number | undefined, requestId = "req-1"): SdkError {
  return sdk(
    new ElastiCacheServiceException({
      name,
      $fault: httpStatusCode !== undefined && httpStatusCode >= 500 ? "server" : "client",
      message: `${name} happened`,
      $metadata: { httpStatusCode, requestId },
    }),
  );
}

function throttled(retryAfter: string | undefined): SdkError {
  const error = new MqServiceException({
    name: "TooManyRequestsException",
    $fault: "client",
    message: "slow down",
    $metadata: { httpStatusCode: 429, requestId: "req-429" },
  });
  return sdk(Object.assign(error, { $response: { statusCode: 429, headers: retryAfter === undefined ? {} : { "retry-after": retryAfter } } }));
}

function nodeError(code: string): SdkError {
  return sdk(Object.assign(new Error(`connect ${code}`), { code }));
}

describe("upstreamFault: throttling", () => {
  it.each([
    { label: "ElastiCache Throttling (400)", error: () => awsError("Throttling", 400, "r-t"), requestId: "r-t" },
    { label: "ThrottlingException", error: () => awsError("ThrottlingException", 400, "r-te"), requestId: "r-te" },
    { label: "RequestLimitExceeded", error: () => awsError("RequestLimitExceeded", 400, "r-rle"), requestId: "r-rle" },
    { label: "any 429", error: () => awsError("Whatever", 429, "r-429"), requestId: "r-429" },
  ])("$label is UpstreamThrottled with the request id, 1 second by default", ({ error, requestId }) => {
    expect(upstreamFault(error())).toEqual({ code: "UpstreamThrottled", retryAfterSeconds: 1, requestId });
  });

  it("a $retryable throttling trait is UpstreamThrottled", () => {
    const error = Object.assign(awsError("SomethingModeled", 400, "r-tr"), { $retryable: { throttling: true } });
    expect(upstreamFault(error)).toEqual({ code: "UpstreamThrottled", retryAfterSeconds: 1, requestId: "r-tr" });
  });

  it.each([
    ["7", 7],
    ["1", 1],
    ["120", 120],
    ["soon", 1],
    ["-1", 1],
    ["0", 1],
    ["2.5", 1],
    ["", 1],
    ["Wed, 21 Oct 2099 07:28:00 GMT", 1],
    [undefined, 1],
  ] as const)("Retry-After %j gives retryAfterSeconds %i", (header, seconds) => {
    expect(upstreamFault(throttled(header))).toEqual({ code: "UpstreamThrottled", retryAfterSeconds: seconds, requestId: "req-429" });
  });
});

describe("upstreamFault: unavailable", () => {
  it.each([500, 502, 503, 504])("an AWS %i is retryable UpstreamUnavailable", (status) => {
    expect(upstreamFault(awsError("InternalFailure", status, `r-${status}`))).toEqual({
      code: "UpstreamUnavailable",
      retryable: true,
      requestId: `r-${status}`,
    });
  });

  it.each([501, 505, 599])("a non-transient AWS %i is non-retryable UpstreamUnavailable", (status) => {
    expect(upstreamFault(awsError("NotImplemented", status, `r-${status}`))).toEqual({
      code: "UpstreamUnavailable",
      retryable: false,
      requestId: `r-${status}`,
    });
  });

  it.each(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"])(
    "a %s network error is retryable UpstreamUnavailable without a request id",
    (code) => {
      const fault = upstreamFault(nodeError(code));
      expect(fault).toEqual({ code: "UpstreamUnavailable", retryable: true });
      expect(fault?.requestId).toBeUndefined();
    },
  );

  it.each(["TimeoutError", "RequestTimeout", "RequestTimeoutException"])("a %s is retryable UpstreamUnavailable", (name) => {
    expect(upstreamFault(sdk(Object.assign(new Error("timed out"), { name })))).toEqual({ code: "UpstreamUnavailable", retryable: true });
  });

  it("a network error wrapped as the cause of another error is retryable UpstreamUnavailable", () => {
    const error = sdk(Object.assign(new Error("request failed"), { cause: nodeError("ECONNRESET") }));
    expect(upstreamFault(error)).toEqual({ code: "UpstreamUnavailable", retryable: true });
  });
});

describe("upstreamFault: not an upstream fault", () => {
  it.each([
    { label: "a 400 ValidationError", error: () => awsError("ValidationError", 400) },
    { label: "a 403 AccessDenied", error: () => awsError("AccessDenied", 403) },
    { label: "a 404 NotFound", error: () => awsError("NotFound", 404) },
    { label: "a 401 UnauthorizedException", error: () => awsError("UnauthorizedException", 401) },
    { label: "an AWS error without a status", error: () => awsError("Mystery", undefined) },
    { label: "a credentials error", error: () => Object.assign(new Error("Could not load credentials"), { name: "CredentialsProviderError" }) },
    { label: "a TypeError", error: () => new TypeError("x is not a function") },
    { label: "a plain Error", error: () => new Error("boom") },
    { label: "an AbortError, even over a reset connection", error: () => Object.assign(new Error("aborted"), { name: "AbortError", code: "ECONNRESET" }) },
  ])("$label is undefined", ({ error }) => {
    expect(upstreamFault(sdk(error()))).toBeUndefined();
  });
});
