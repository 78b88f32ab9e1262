import type { ApolloServerPlugin } from "@apollo/server";
import { FastifyOtelInstrumentation } from "@fastify/otel";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, onErrorHookHandler, RouteHandlerMethod } from "fastify";
import type { RequestContext } from "./graphql-context";
import { STREAM_URL } from "./graphql-methods";
import { OPERATION_SPAN, operationSpans } from "./operation-span";
import { TRACE_RESPONSE, traceResponse } from "./trace-response";

const tracer = trace.getTracer("access-gateway");

/**
 * Traces every request (call before any hook or route is added): a SERVER span per request from
 * @fastify/otel, continuing the caller's `traceparent`, named `<method> <route>` with `url.path` without
 * its query string (a GET's query string holds the document and variables); the trace id in the
 * `traceresponse` header and on every log line of the request (`traceId`); and, for the GraphQL routes'
 * POST and GET, a span per operation that the AWS calls' spans are children of. Lifecycle hooks get no
 * spans of their own, and errors no stack or message: only an ERROR status named by the error's code.
 * Answers the Apollo plugin that names the operations' spans.
 */
export async function traceRequests(app: FastifyInstance, graphqlUrls: readonly string[]): Promise<ApolloServerPlugin<RequestContext>> {
  const instrumentation = new FastifyOtelInstrumentation({
    instrumentHooks: false,
    instrumentHandler: false,
    recordExceptions: false,
    requestHook(span, request) {
      const route = (request as FastifyRequest).routeOptions.url;
      span.updateName(route ? `${request.method} ${route}` : request.method);
      span.setAttribute("url.path", pathOf(request.url));
    },
  });
  await app.register(instrumentation.plugin());
  app.addHook("onRequest", (request, reply, done) => {
    const { span } = request.opentelemetry();
    if (span) {
      void reply.header(TRACE_RESPONSE, traceResponse(span.spanContext()));
      request.log = request.log.child({ traceId: span.spanContext().traceId });
    }
    done();
  });
  app.addHook("onRoute", (route) => {
    // After @fastify/otel's own, which sets the status message to the error's message: Fastify's texts may
    // echo the request (an unsupported Content-Type is quoted) and unexpected errors keep theirs.
    route.onError = [route.onError ?? []].flat().concat(statusWithoutMessage);
    const methods = [route.method].flat();
    if (graphqlUrls.includes(route.url) && (methods.includes("POST") || methods.includes("GET"))) {
      route.handler = inOperationSpan(route.handler, route.url === STREAM_URL ? "subscription" : undefined);
    }
  });
  return operationSpans();
}

/** The request span's status: ERROR, described by the error's code only. */
const statusWithoutMessage: onErrorHookHandler = (request, _reply, error: FastifyError, done) => {
  request.opentelemetry().span?.setStatus({ code: SpanStatusCode.ERROR, message: typeof error.code === "string" ? error.code : "error" });
  done();
};

/**
 * Runs a GraphQL route's handler in a span of its own, the operation's, so that what it calls (AWS) is
 * its child; the Apollo plugin names it once the operation is known. The event stream route serves
 * subscriptions only: its span is named for that.
 */
function inOperationSpan(handler: RouteHandlerMethod, type: "subscription" | undefined): RouteHandlerMethod {
  return function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
    if (type === "subscription") endOnLeave(request, reply);
    const parent = request.opentelemetry().context ?? context.active();
    const span = tracer.startSpan(type ?? "GraphQL Operation", { kind: SpanKind.INTERNAL, attributes: type ? { "graphql.operation.type": type } : {} }, parent);
    return context.with(trace.setSpan(parent, span).setValue(OPERATION_SPAN, span), async () => {
      try {
        return await handler.call(this, request, reply);
      } finally {
        span.end();
      }
    });
  };
}

/**
 * Ends the request's span when the client leaves a stream: @fastify/otel ends it on the response's
 * `finish`, which a hijacked reply whose client disconnected (the usual end of a subscription) never emits.
 */
function endOnLeave(request: FastifyRequest, reply: FastifyReply): void {
  const { span } = request.opentelemetry();
  if (!span) return;
  reply.raw.once("close", () => {
    if (reply.raw.writableFinished || !span.isRecording()) return;
    span.setAttribute("http.response.status_code", reply.raw.statusCode);
    span.end();
  });
}

/** A request URL's path, without its query string. */
const pathOf = (url: string): string => {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
};
