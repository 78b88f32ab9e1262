import { createServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import type { Authenticate } from "../auth/authenticate";
import type { Backend } from "../backend";
import type { Config } from "../config";
import { buildGatewaySchema } from "../graphql/schema";
import { createIdempotencyRecords } from "../idempotency/idempotency-setup";
import { AWS_FIELDS, LIST_FIELDS } from "../operations";
import { CallerRateLimit } from "../shared-state/caller-rate-limit";
import type { RedisLink } from "../shared-state/redis-link";
import { SharedOpenSubscriptions } from "../shared-state/shared-open-subscriptions";
import { bearerChallenge } from "./bearer-challenge";
import { limitConcurrency } from "./concurrency-limit";
import { registerCors } from "./cors";
import { endConnectionsWhenClosing } from "./graceful-close";
import { graphqlContext, type RequestContext } from "./graphql-context";
import { registerOtherMethods, STREAM_URL } from "./graphql-methods";
import { registerGraphqlStream } from "./graphql-stream";
import { registerHealth } from "./health";
import { noSubgraphSdl } from "./introspection-off";
import { shedOnEventLoopDelay } from "./load-shedding";
import { maskUnexpectedErrors } from "./mask-errors";
import { GatewayMetrics } from "./metrics";
import { registerMetrics } from "./metrics-route";
import { DEFAULT_LIMITS, operationLimits } from "./operation-limits";
import { OperationLog } from "./operation-log";
import { schemaFacts } from "./schema-facts";
import { notFoundHandler, transportErrorHandler } from "./transport-errors";

export interface AppOptions {
  readonly backend: Backend;
  readonly authenticate: Authenticate;
  readonly config: Pick<
    Config,
    | "http"
    | "graphql"
    | "rateLimit"
    | "subscriptions"
    | "logLevel"
    | "playground"
    | "metrics"
    | "idempotency"
    | "upstream"
    | "shedEventLoopDelayMs"
    | "subgraph"
    | "trustedDocuments"
    | "tracing"
  >;
  /** The shared Redis (GATEWAY_REDIS_URL); the app closes it when it closes. Undefined: state stays in memory. */
  readonly redis?: RedisLink;
  readonly version: string;
  /** Where log lines go; standard output when not given. Tests pass a stream to read them. */
  readonly logStream?: { write(line: string): void };
}

/**
 * Log paths that could hold a credential or a password: censored by pino, whatever logs them. Exact
 * paths only: wildcard paths make pino walk every key of every line.
 */
const REDACTED = [
  "password",
  "variables",
  "input.password",
  "headers.authorization",
  'headers["x-api-key"]',
  "req.headers.authorization",
  'req.headers["x-api-key"]',
];

/** The HTTP server with the GraphQL endpoint at /graphql, ready to listen. Starts nothing by itself. */
export async function buildApp({ backend, authenticate, config, version, logStream, redis }: AppOptions): Promise<FastifyInstance> {
  const { http, graphql } = config;
  const app = Fastify({
    logger: { level: config.logLevel, redact: { paths: REDACTED, censor: "[redacted]" }, ...(logStream ? { stream: logStream } : {}) },
    // One line per GraphQL operation (operation-log.ts) replaces Fastify's two lines per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: http.bodyLimitBytes,
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: http.headersTimeoutMs,
          requestTimeout: http.requestTimeoutMs,
          keepAliveTimeout: http.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.min(1_000, http.headersTimeoutMs),
        },
        handler,
      ),
  });
  // First, so that every request has its span; loaded only when used: without tracing, no OpenTelemetry code runs.
  const operationSpans = config.tracing ? await (await import("./request-tracing.js")).traceRequests(app, ["/graphql", STREAM_URL]) : undefined;
  const limits = operationLimits({ ...DEFAULT_LIMITS, ...graphql }, AWS_FIELDS, LIST_FIELDS);
  const metrics = config.metrics ? new GatewayMetrics() : undefined;
  const operations = new OperationLog(metrics && ((report) => metrics.operation(report)));
  const { subscriptions } = config;
  const limiter = new CallerRateLimit(config.rateLimit, redis);
  const openSubscriptions = redis && new SharedOpenSubscriptions(redis, subscriptions.perCaller, subscriptions.maxSeconds);
  const idempotency = createIdempotencyRecords(config.idempotency, config.upstream, redis);
  const schema = await buildGatewaySchema(backend, version, {
    limiter,
    observer: metrics,
    subscriptions,
    openSubscriptions,
    idempotency,
    subgraph: config.subgraph,
  });
  const formatError = maskUnexpectedErrors(app.log, schemaFacts(schema), graphql.fieldSuggestions);
  // The safelist, loaded and registered only when configured; its routes check credentials once.
  const { trustedDocuments } = config;
  const callers = trustedDocuments
    ? (await import("./trusted-documents.js")).registerTrustedDocuments(app, { config: trustedDocuments, schema, authenticate, operations })
    : authenticate;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: graphql.introspection,
    // formatError strips suggestions from every error; Apollo's hideSchemaDetailsFromClientErrors would add
    // a plugin on every request that does it again, for validation errors only.
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Apollo's automatic persisted queries let any caller register a document by its hash: not with a safelist.
    ...(trustedDocuments ? { persistedQueries: false as const } : {}),
    validationRules: config.subgraph && !graphql.introspection ? [...limits.validationRules, noSubgraphSdl] : limits.validationRules,
    parseOptions: limits.parseOptions,
    // Off: the cache-control plugin instruments every field resolver (CPU on every request) for cache
    // hints this schema never gives; inline tracing is for federated subgraphs only.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      operations.plugin(),
      bearerChallenge(),
      ...limits.plugins,
      ...(operationSpans ? [operationSpans] : []),
    ],
  });
  await apollo.start();
  redis?.logTo(app.log);
  app.addHook("onClose", async () => {
    operations.flush();
    await backend.close?.();
    await redis?.close();
  });

  app.setErrorHandler(transportErrorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await shedOnEventLoopDelay(app, config.shedEventLoopDelayMs);
  limitConcurrency(app, http.maxConcurrentRequests, STREAM_URL);
  endConnectionsWhenClosing(app);
  await registerCors(app, http, config.tracing);
  registerHealth(app, backend, redis);
  if (config.playground) (await import("./playground.js")).registerPlayground(app, schema);
  if (metrics) registerMetrics(app, metrics, authenticate);
  const graphqlHandler = fastifyApolloHandler(apollo, { context: graphqlContext(callers, operations) });
  app.route<{ Reply: string }>({
    url: "/graphql",
    method: ["GET", "POST"],
    handler(request, reply) {
      // What Apollo's cache-control plugin sent for our schema (it has no cache hints); the plugin is off.
      reply.header("cache-control", "no-store");
      return graphqlHandler.call(this, request, reply);
    },
  });
  registerOtherMethods(app);
  // Subscriptions: Apollo Server serves none, so graphql-sse does, with the same policies.
  registerGraphqlStream(app, { schema, authenticate: callers, operations, limits, formatError });
  return app;
}
