import { context, createContextKey, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { errorName } from "./error-name";

type Args = { readonly input: object; readonly request?: unknown };
type Result = { readonly output?: unknown; readonly response?: unknown };
type Middleware = (next: (args: never) => Promise<Result>, context: { readonly commandName?: string }) => (args: Args) => Promise<Result>;

/** The part of an SDK client used here, as both of the gateway's clients have it. */
interface TracedClient {
  readonly config: { readonly serviceId: string };
  readonly middlewareStack: { add(middleware: Middleware, options: object): void };
}

/** What a call's output or error says about its attempts (the SDK's retry middleware counts them). */
type Outcome = { readonly $metadata?: { readonly attempts?: number } } | null | undefined;

const tracer = trace.getTracer("access-gateway/aws");
/** The span of the call in progress: the per-attempt middleware finds it here (the SDK's context object is shared by calls). */
const CALL_SPAN = createContextKey("access-gateway AWS call span");
/** Where AWS puts its request id: x-amzn-requestid (ElastiCache, MQ), x-amz-request-id (some other services). */
const REQUEST_ID_HEADERS = ["x-amzn-requestid", "x-amz-request-id"];

/**
 * A CLIENT span per AWS call (all attempts), a child of the span active when it was sent, with the RPC
 * semantic conventions' attributes: service, method, region, attempts, AWS's request id, and the exception's
 * name on a fault. The request id is read from each answer's headers, because a REST-JSON fault (MQ's)
 * leaves it out of the error's `$metadata`. Nothing of the input or output is recorded: they hold
 * passwords and ARNs (which name the account).
 */
export function traceCalls(client: TracedClient, region: string): void {
  const service = client.config.serviceId;
  client.middlewareStack.add(
    (next, { commandName = "" }) => {
      const method = commandName.replace(/Command$/, "");
      return async (args) => {
        const span = tracer.startSpan(`${service}.${method}`, {
          kind: SpanKind.CLIENT,
          attributes: { "rpc.system": "aws-api", "rpc.service": service, "rpc.method": method, "cloud.region": region },
        });
        try {
          const result = await context.with(context.active().setValue(CALL_SPAN, span), () => next(args as never));
          setAttempts(span, result.output as Outcome);
          return result;
        } catch (error) {
          setAttempts(span, error as Outcome);
          const name = errorName(error);
          span.setAttribute("error.type", name);
          // The name only: AWS's messages may quote ARNs, and the gateway's own errors carry stacks.
          span.setStatus({ code: SpanStatusCode.ERROR, message: name });
          throw error;
        } finally {
          span.end();
        }
      };
    },
    { step: "initialize", name: "gatewayCallSpan", priority: "high" },
  );
  client.middlewareStack.add(
    (next) => async (args) => {
      const span = context.active().getValue(CALL_SPAN) as Span | undefined;
      const host = (args.request as { hostname?: unknown } | undefined)?.hostname;
      if (span && typeof host === "string") span.setAttribute("server.address", host);
      try {
        const result = await next(args as never);
        if (span) setRequestId(span, result.response);
        return result;
      } catch (error) {
        if (span) setRequestId(span, (error as { $response?: unknown } | null)?.$response);
        throw error;
      }
    },
    // Around the SDK's deserializer: it attaches the answer to the error it throws as `$response`.
    { step: "deserialize", name: "gatewayCallRequestId", priority: "high" },
  );
}

function setAttempts(span: Span, outcome: Outcome): void {
  const attempts = outcome?.$metadata?.attempts;
  if (typeof attempts === "number") span.setAttribute("aws.attempts", attempts);
}

function setRequestId(span: Span, response: unknown): void {
  const headers = (response as { headers?: Record<string, string | undefined> } | undefined)?.headers;
  const id = headers && REQUEST_ID_HEADERS.map((name) => headers[name]).find((value) => value !== undefined);
  if (id !== undefined) span.setAttribute("aws.request_id", id);
}
