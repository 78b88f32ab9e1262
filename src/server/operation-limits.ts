import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { maxAwsCallsPerOperation } from "./aws-calls-rule";

/** How big and how costly one GraphQL operation may be before the gateway refuses to run it. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxAwsCallsPerOperation: number;
}

/**
 * Room for the largest legitimate operation (every field of every result member, with the most tags an
 * input may carry, written inline) and little more; test/unit/operation-limits.test.ts checks they run.
 *
 * Introspection is exempt from depth and cost (`ignoreIntrospection`: armor skips a `__schema` field):
 * the standard introspection query is far deeper and costlier in armor's model than any of our
 * operations, so no limit useful for them would let GraphiQL or codegen in. It stays bounded by
 * graphql-js's MaxIntrospectionDepthRule (one of graphql 16's specifiedRules, which Apollo always runs)
 * and by the token limit here; aliases and directives count for it as for any other.
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 8,
  maxAliases: 10,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 500,
  maxAwsCallsPerOperation: 1,
};

/**
 * Armor builds each rejection as `Syntax Error: <limit>` and, left alone, reports it with code
 * BAD_USER_INPUT; Apollo relabels every validation error GRAPHQL_VALIDATION_FAILED with HTTP 400 anyway.
 * Reporting it ourselves drops the misleading prefix. (With `propagateOnRejection: false` armor adds no
 * reporter of its own, and throwing instead would make Apollo answer 500.)
 */
const reportRejection = (context: ValidationContext | null, error: GraphQLError): void =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
const rejection = () => ({ propagateOnRejection: false, onReject: [reportRejection] });

export interface OperationLimitsOptions {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
  /**
   * The token limit. Armor's maxTokens runs as a parsingDidStart hook that throws, which Apollo treats
   * as an unexpected error: HTTP 500, and executeOperation throws. graphql's own parser limit fails the
   * parse instead, which Apollo answers with GRAPHQL_PARSE_FAILED and HTTP 400.
   */
  readonly parseOptions: ParseOptions;
}

/** Apollo Server options that enforce `limits`; `awsFields` are the root fields that call AWS. */
export function operationLimits(limits: OperationLimits, awsFields: ReadonlySet<string>): OperationLimitsOptions {
  const armor = new ApolloArmor({
    // Suggestions go in formatError (withoutSuggestions): armor's pattern (`Did you mean ".+"`) leaves
    // "[Suggestion hidden]?" behind and misses enum values and inline fragments.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...rejection() },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...rejection() },
    maxAliases: { n: limits.maxAliases, ...rejection() },
    maxDirectives: { n: limits.maxDirectives, ...rejection() },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: [...armor.validationRules, maxAwsCallsPerOperation(awsFields, limits.maxAwsCallsPerOperation)],
    parseOptions: { maxLexicalTokens: limits.maxTokens },
  };
}
