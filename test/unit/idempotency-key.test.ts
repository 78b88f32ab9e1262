import { type GraphQLUnionType, graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES } from "../../src/operations";
import { validateIdempotencyKey } from "../../src/validation/idempotency-key";
import { stubBackend } from "../fixtures/stub-backend";

describe("the idempotencyKey rule", () => {
  it.each([
    ["absent", undefined, []],
    ["null", null, []],
    ["1 character", "k", []],
    ["255 characters", "k".repeat(255), []],
    ["255 characters outside the BMP (510 UTF-16 units)", "🙂".repeat(255), []],
    ["empty", "", ["MIN_LENGTH"]],
    ["256 characters", "k".repeat(256), ["MAX_LENGTH"]],
  ])("%s: %o", (_, key, constraints) => {
    const violations = validateIdempotencyKey(key);
    expect(violations.map((v) => v.constraint)).toEqual(constraints);
    for (const v of violations) {
      expect(v.path).toEqual(["idempotencyKey"]);
      expect(v.message).toMatch(/^idempotencyKey must be at (least 1 character|most 255 characters) long\.$/);
    }
  });
});

const MUTATIONS = {
  createUserGroup: { input: { userGroupId: "g", engine: "REDIS", userIds: ["default"] }, union: "CreateUserGroupResult" },
  modifyUserGroup: { input: { userGroupId: "g", userIdsToAdd: ["reader"] }, union: "ModifyUserGroupResult" },
  deleteUserGroup: { input: { userGroupId: "g" }, union: "DeleteUserGroupResult" },
  createBrokerUser: { input: { brokerId: "b-1", username: "app", password: "long-enough-pass" }, union: "CreateBrokerUserResult" },
  updateBrokerUser: { input: { brokerId: "b-1", username: "app", consoleAccess: true }, union: "UpdateBrokerUserResult" },
  deleteBrokerUser: { input: { brokerId: "b-1", username: "app" }, union: "DeleteBrokerUserResult" },
} as const;
const INPUT_TYPES: Record<keyof typeof MUTATIONS, string> = {
  createUserGroup: "CreateUserGroupInput",
  modifyUserGroup: "ModifyUserGroupInput",
  deleteUserGroup: "DeleteUserGroupInput",
  createBrokerUser: "CreateBrokerUserInput",
  updateBrokerUser: "UpdateBrokerUserInput",
  deleteBrokerUser: "DeleteBrokerUserInput",
};
const IDEMPOTENCY_MEMBERS = ["IdempotencyInProgress", "IdempotencyKeyReused", "IdempotencyUnavailable"];

describe("idempotencyKey in the schema", () => {
  it.each(Object.keys(MUTATIONS) as (keyof typeof MUTATIONS)[])(
    "%s: a key of 256 characters is an InputValidationError at input.idempotencyKey, and no port is called",
    async (field) => {
      // Every port method of the stub fails the test when called.
      const schema = await buildGatewaySchema(stubBackend(), "test");
      const source = `mutation($input: ${INPUT_TYPES[field]}!) { ${field}(input: $input) { __typename ... on InputValidationError { violations { path constraint } } } }`;
      const contextValue = { identity: { id: "t", kind: "api-key", scopes: new Set(AWS_SCOPES) }, calls: [] };
      const result = await graphql({ schema, source, variableValues: { input: { ...MUTATIONS[field].input, idempotencyKey: "k".repeat(256) } }, contextValue });
      expect(result.errors).toBeUndefined();
      expect(result.data![field]).toEqual({
        __typename: "InputValidationError",
        violations: [{ path: ["input", "idempotencyKey"], constraint: "MAX_LENGTH" }],
      });
    },
  );

  it("every mutation's result union has the three idempotency members; no query's or subscription's has", async () => {
    const schema = await buildGatewaySchema(stubBackend(), "test");
    const membersOf = (union: string) => (schema.getType(union) as GraphQLUnionType).getTypes().map((t) => t.name);
    for (const { union } of Object.values(MUTATIONS)) expect(membersOf(union), union).toEqual(expect.arrayContaining(IDEMPOTENCY_MEMBERS));
    const readUnions = [schema.getQueryType()!, schema.getSubscriptionType()!]
      .flatMap((type) => Object.values(type.getFields()))
      .map((f) => f.type.toString().replace(/!$/, ""))
      .filter((name) => name.endsWith("Result"));
    expect(readUnions.length).toBeGreaterThan(4);
    for (const union of readUnions)
      expect(
        membersOf(union).filter((m) => m.startsWith("Idempotency")),
        union,
      ).toEqual([]);
    for (const input of Object.values(INPUT_TYPES)) {
      const type = schema.getType(input) as import("graphql").GraphQLInputObjectType;
      expect(type.getFields().idempotencyKey?.type.toString(), input).toBe("String");
    }
  });
});
