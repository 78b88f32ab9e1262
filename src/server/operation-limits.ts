import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ParseOptions, type ValidationContext, type ValidationRule } from "graphql";
import { maxAwsCallsPerOperation } from "./aws-calls-rule";
import { costRefusal } from "./operation-cost";
import { OperationCosts } from "./operation-costs";

/** How big and how costly one GraphQL operation may be before the gateway refuses to run it. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** The most an operation may cost in operation-cost.ts's model, where a page of a list costs `first` times its selection. */
  maxCost: number;
  maxAwsCallsPerOperation: number;
}

/**
 * Room for the largest legitimate operation (every field of every result member, with the most tags an
 * input may carry, written inline; a full page of every list at once) and little more;
 * test/unit/operation-limits.test.ts and operation-cost.test.ts check they run.
 *
 * Introspection is exempt from depth (`ignoreIntrospection`: armor skips a `__schema` field): the standard
 * introspection query is far deeper than any of our operations. It stays bounded by graphql-js's
 * MaxIntrospectionDepthRule (one of graphql 16's specifiedRules, which Apollo always runs), by the token
 * limit and by the cost limit, which it passes (it has no list field); aliases and directives count for it as
 * for any other.
 */
export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 8,
  maxAliases: 10,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 7_500,
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

/** The refusals of one operation of a valid document with its variables: none when it may run. */
export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  operationName: string | null | undefined,
) => readonly GraphQLError[];

/**
 * The cost limit as an Apollo plugin: the cost depends on `first`, which a variable may give, and Apollo
 * caches a document's validation whatever its variables, so it runs once the operation is resolved. A
 * GraphQLError thrown there ends the request with that error; the status set first makes it a 400 (else 500).
 */
function costLimit(check: CostCheck): ApolloServerPlugin {
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ schema, document, request, operationName, response }) {
      const [refusal] = check(schema, document, request.variables, operationName);
      if (!refusal) return;
      response.http.status = 400;
      throw refusal;
    },
  };
  return { requestDidStart: async () => listener };
}

export interface OperationLimitsOptions {
  readonly plugins: ApolloServerPlugin[];
  readonly validationRules: ValidationRule[];
  /**
   * The token limit. Armor's maxTokens runs as a parsingDidStart hook that throws, which Apollo treats
   * as an unexpected error: HTTP 500, and executeOperation throws. graphql's own parser limit fails the
   * parse instead, which Apollo answers with GRAPHQL_PARSE_FAILED and HTTP 400.
   */
  readonly parseOptions: ParseOptions;
  /**
   * The cost limit, which is no validation rule: a transport that runs operations without Apollo runs it
   * after `validate(schema, document, validationRules)` and before executing.
   */
  readonly checkCost: CostCheck;
}

/**
 * Apollo Server options that enforce `limits`; `awsFields` are the root fields that call AWS, `listFields`
 * the Query fields that list a page of `first` records.
 */
export function operationLimits(limits: OperationLimits, awsFields: ReadonlySet<string>, listFields: ReadonlySet<string>): OperationLimitsOptions {
  const armor = new ApolloArmor({
    // Suggestions go in formatError (withoutSuggestions): armor's pattern (`Did you mean ".+"`) leaves
    // "[Suggestion hidden]?" behind and misses enum values and inline fragments.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    // Armor's cost takes `first` from a literal only and multiplies by depth: see operation-cost.ts.
    costLimit: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...rejection() },
    maxAliases: { n: limits.maxAliases, ...rejection() },
    maxDirectives: { n: limits.maxDirectives, ...rejection() },
  }).protect();
  const costs = new OperationCosts(listFields);
  const checkCost: CostCheck = (schema, document, variables, operationName) => {
    const cost = costs.cost({ schema, document, variables, operationName });
    return cost > limits.maxCost ? [costRefusal(cost, limits.maxCost)] : [];
  };
  return {
    plugins: [...armor.plugins, costLimit(checkCost)],
    validationRules: [...armor.validationRules, maxAwsCallsPerOperation(awsFields, limits.maxAwsCallsPerOperation)],
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    checkCost,
  };
}
