import { readFileSync } from "node:fs";
import {
  buildSchema,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { describe, expect, it } from "vitest";
import {
  describeBrokersResult,
  describeBrokerUserResult,
  describeBrokerUsersResult,
  describeCreateBrokerUserResult,
  describeDeleteBrokerUserResult,
  describeUpdateBrokerUserResult,
} from "./describe-broker-results";
import { describeFailure } from "./describe-failure";
import {
  describeCacheUsersResult,
  describeCreateUserGroupResult,
  describeDeleteUserGroupResult,
  describeModifyUserGroupResult,
  describeUserGroupResult,
  describeUserGroupsResult,
} from "./describe-user-group-results";

/*
 * The live tests need not reach every member of every union (test/e2e does); this checks that each
 * describe function's switch handles every member schema.graphql lists for its union, by handing it a
 * member of each name built from the schema.
 */

const schema = buildSchema(readFileSync("schema.graphql", "utf8"));

/** Each result union of schema.graphql, and the describe function whose switch handles it. */
const DESCRIBE: Record<string, (result: never) => string> = {
  CreateUserGroupResult: describeCreateUserGroupResult,
  CacheUsersResult: describeCacheUsersResult,
  UserGroupResult: describeUserGroupResult,
  UserGroupsResult: describeUserGroupsResult,
  ModifyUserGroupResult: describeModifyUserGroupResult,
  DeleteUserGroupResult: describeDeleteUserGroupResult,
  CreateBrokerUserResult: describeCreateBrokerUserResult,
  BrokersResult: describeBrokersResult,
  BrokerUsersResult: describeBrokerUsersResult,
  BrokerUserResult: describeBrokerUserResult,
  UpdateBrokerUserResult: describeUpdateBrokerUserResult,
  DeleteBrokerUserResult: describeDeleteBrokerUserResult,
};

const SCALARS: Record<string, unknown> = { String: "text", ID: "id", Int: 1, Float: 1.5, Boolean: true };

/** A value of the type as the server could answer it: nullable fields null, or all of them given (`full`). */
function sample(type: GraphQLOutputType, full: boolean): unknown {
  if (!isNonNullType(type) && !full) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sample(inner.ofType, full)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isScalarType(inner)) return SCALARS[inner.name];
  if (isObjectType(inner)) return member(inner, full);
  throw new Error(`no sample of ${inner.name}`);
}

const member = (type: GraphQLObjectType, full: boolean) => ({
  __typename: type.name,
  ...Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type, full)])),
});

const unionMembers = (name: string) => {
  const union = schema.getType(name);
  if (!isUnionType(union)) throw new Error(`${name} is not a union`);
  return union.getTypes();
};

/** Describes each sample; a member the switch lacks reaches assertNever, which throws. */
function expectDescribed(describeResult: (result: never) => string, types: readonly GraphQLObjectType[]) {
  for (const type of types) {
    for (const full of [false, true]) {
      const description = describeResult(member(type, full) as never);
      expect(description, type.name).toMatch(/\w/);
      expect(description, type.name).not.toMatch(/undefined|\[object /);
    }
  }
  expect(() => describeResult({ __typename: "AMemberAddedLater", message: "m" } as never)).toThrow(/Unhandled result member/);
}

describe("typed client: coverage of the describe functions", () => {
  it("has a describe function for every result union of schema.graphql", () => {
    const unions = Object.values(schema.getTypeMap())
      .filter(isUnionType)
      .map((u) => u.name);
    expect(Object.keys(DESCRIBE).sort()).toEqual(unions.sort());
  });

  it.each(Object.keys(DESCRIBE))("describe%s handles every member schema.graphql lists", (union) => {
    expectDescribed(DESCRIBE[union]!, unionMembers(union));
  });

  it("describeFailure handles every type that implements Error", () => {
    const error = schema.getType("Error");
    if (!isInterfaceType(error)) throw new Error("Error is not an interface");
    const implementations = schema.getImplementations(error).objects;
    expect(implementations.length).toBeGreaterThan(10);
    expectDescribed(describeFailure, implementations);
  });
});
