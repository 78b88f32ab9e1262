import { readFileSync } from "node:fs";
import { buildSchema, isAbstractType } from "graphql";
import { describe, expect, it } from "vitest";
import { possibleTypes } from "./generated/possible-types";

describe("possibleTypes for Apollo Client's InMemoryCache", () => {
  it("lists every union and interface of schema.graphql with its members", () => {
    const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    const expected = Object.fromEntries(
      abstract.map((type) => [
        type.name,
        schema
          .getPossibleTypes(type)
          .map((member) => member.name)
          .sort(),
      ]),
    );
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(["Error", "AwsError", "UserGroupResult", "CreateBrokerUserResult"]));
    expect(possibleTypes).toEqual(expected);
  });
});
