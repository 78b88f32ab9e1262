import type { FastifyRequest } from "fastify";
import { type DocumentNode, GraphQLError, getOperationAST, parse, specifiedRules, subscribe, validate } from "graphql";
import type { ExecutionResult } from "graphql-sse";
import type { HandlerOptions } from "graphql-sse/lib/use/fastify";
import type { RequestContext } from "./graphql-context";
import { STREAM_URL } from "./graphql-methods";
import type { GraphqlStreamOptions } from "./graphql-stream";

/**
 * What resolvers see, and what the stream's operation log line reports. A type literal (mapped from the
 * interface): graphql-sse wants a context that fits Record<PropertyKey, unknown>.
 */
export type StreamContext = { readonly [K in keyof RequestContext]: RequestContext[K] } & {
  readonly started: number;
  operation: string | null;
  /** Top-level error codes sent so far. */
  readonly errors: string[];
};

export const NOT_A_SUBSCRIPTION = `Only subscriptions are served at ${STREAM_URL}; send queries and mutations to POST /graphql.`;

/** The error with `code` in its extensions, unless it has a code already. */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code !== undefined) return error;
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(error.message, { nodes, source, positions, path, originalError, extensions: { ...extensions, code } });
}

/** A stream of one result: errors found before anything ran. */
async function* errorsOnly(...errors: GraphQLError[]): AsyncGenerator<ExecutionResult> {
  yield { errors };
}

/**
 * How graphql-sse runs an operation, with what Apollo does for /graphql: the token limit when parsing,
 * the same validation rules and cost limit, the same error codes (parse, validation, bad variables) and masking.
 */
export function streamExecution(
  { schema, limits, formatError }: Pick<GraphqlStreamOptions, "schema" | "limits" | "formatError">,
  contextOf: (request: FastifyRequest) => StreamContext,
): HandlerOptions<StreamContext> {
  const rules = [...specifiedRules, ...limits.validationRules];
  return {
    schema,
    // Distinct connections mode only: a stream per subscription, no reservations (PUT) to keep.
    authenticate: () => null,
    context: (request) => contextOf(request.raw),
    onSubscribe(request, params) {
      const contextValue = contextOf(request.raw);
      let document: DocumentNode;
      try {
        document = parse(params.query, limits.parseOptions);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return errorsOnly(coded(error, "GRAPHQL_PARSE_FAILED"));
      }
      const operation = getOperationAST(document, params.operationName);
      contextValue.operation = operation?.name?.value ?? params.operationName ?? null;
      if (operation && operation.operation !== "subscription") return errorsOnly(new GraphQLError(NOT_A_SUBSCRIPTION, { extensions: { code: "BAD_REQUEST" } }));
      return { schema, document, operationName: params.operationName, variableValues: params.variables, contextValue };
    },
    validate: (schema, document) => validate(schema, document, rules).map((error) => coded(error, "GRAPHQL_VALIDATION_FAILED")),
    async subscribe(args) {
      const refusals = limits.checkCost(args.schema, args.document, args.variableValues, args.operationName);
      if (refusals.length > 0) return { errors: [...refusals] };
      const result = await subscribe(args);
      if (Symbol.asyncIterator in result) return result;
      // Errors from before the field ran (variables that do not fit their types) are the caller's to fix.
      return { ...result, errors: result.errors?.map((error) => (error.path ? error : coded(error, "BAD_USER_INPUT"))) };
    },
    onNext(context, _request, result) {
      if (!result.errors?.length) return;
      const errors = result.errors.map((error) =>
        formatError({ ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions?.code ?? "INTERNAL_SERVER_ERROR" } }, error),
      );
      context.errors.push(...errors.map((error) => String(error.extensions?.code)));
      // Formatted errors are what goes on the wire (JSON), as Apollo sends them.
      return { ...result, errors } as unknown as ExecutionResult;
    },
  };
}
