import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/graphql/schema";
import { AWS_SCOPES } from "../../src/operations";
import type { BrokerUserFault } from "../../src/ports/broker-users";
import { fail } from "../../src/ports/result";
import type { UserGroupFault } from "../../src/ports/user-groups";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { stubBackend } from "../fixtures/stub-backend";

const USER_GROUP_FAULTS: UserGroupFault[] = [
  { code: "UserNotFound", userIds: ["ghost"], requestId: "r-1" },
  { code: "DuplicateUserName", requestId: "r-2" },
  { code: "UserGroupAlreadyExists", requestId: "r-3" },
  { code: "DefaultUserRequired", requestId: "r-4" },
  { code: "UserGroupQuotaExceeded", requestId: "r-5" },
  { code: "TagQuotaPerResourceExceeded", requestId: "r-6" },
  { code: "InvalidParameterValue", reason: "AWS says no.", requestId: "r-7" },
  { code: "ServiceLinkedRoleNotFound", requestId: "r-8" },
  { code: "UpstreamThrottled", retryAfterSeconds: 4, requestId: "r-9" },
  { code: "UpstreamUnavailable", retryable: false },
];
const BROKER_USER_FAULTS: BrokerUserFault[] = [
  { code: "BrokerNotFound", requestId: "r-1" },
  { code: "BrokerUserAlreadyExists", requestId: "r-2" },
  { code: "BadRequest", attribute: "groups", reason: "AWS says no.", requestId: "r-3" },
  { code: "Forbidden", requestId: "r-4" },
  { code: "UpstreamThrottled", retryAfterSeconds: 4, requestId: "r-5" },
  { code: "UpstreamUnavailable", retryable: true, requestId: "r-6" },
];

/** The schema over ports that answer the given fault, executed in process. */
async function answer(fault: UserGroupFault | BrokerUserFault, document: string, input: object) {
  const backend = stubBackend({
    userGroups: { create: async () => fail(fault as UserGroupFault) },
    brokerUsers: { create: async () => fail(fault as BrokerUserFault) },
  });
  const contextValue = { identity: { id: "test", kind: "api-key", scopes: new Set(AWS_SCOPES) }, log: console, calls: [] };
  const result = await graphql({ schema: await buildGatewaySchema(backend, "test"), source: document, variableValues: { input }, contextValue });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as Record<string, unknown>;
}

describe("domain fault to union member", () => {
  it.each(USER_GROUP_FAULTS.map((f) => [f.code, f] as const))("user group fault %s is the member of that name", async (code, fault) => {
    const member = await answer(fault, CREATE_USER_GROUP, { userGroupId: "g", engine: "REDIS", userIds: ["default"] });
    expect(member).toMatchObject({ __typename: code, requestId: fault.requestId ?? null, message: expect.stringMatching(/\w{3,}/) });
    if (fault.code === "UserNotFound") expect(member.userIds).toEqual(["ghost"]);
    if (fault.code === "InvalidParameterValue") expect(member.message).toBe("AWS says no.");
    if (fault.code === "UpstreamThrottled") expect(member.retryAfterSeconds).toBe(4);
    if (fault.code === "UpstreamUnavailable") expect(member.retryable).toBe(false);
  });

  it.each(BROKER_USER_FAULTS.map((f) => [f.code, f] as const))("broker user fault %s is the member of that name", async (code, fault) => {
    const member = await answer(fault, CREATE_BROKER_USER, { brokerId: ACTIVEMQ_BROKER, username: "someone", password: "long-enough-pass" });
    expect(member).toMatchObject({ __typename: code, requestId: fault.requestId ?? null, message: expect.stringMatching(/\w{3,}/) });
    if (fault.code === "BadRequest") expect(member).toMatchObject({ attribute: "groups", message: "AWS says no." });
  });

  it("covers every member of both unions but the successes and the gateway's own (InputValidationError, RateLimited, Idempotency*)", async () => {
    const schema = await buildGatewaySchema(stubBackend(), "t");
    const members = (name: string) =>
      (schema.getType(name) as import("graphql").GraphQLUnionType)
        .getTypes()
        .map((t) => t.name)
        .filter((n) => !/Success$|^InputValidationError$|^RateLimited$|^Idempotency/.test(n));
    expect(members("CreateUserGroupResult").sort()).toEqual(USER_GROUP_FAULTS.map((f) => f.code).sort());
    expect(members("CreateBrokerUserResult").sort()).toEqual(BROKER_USER_FAULTS.map((f) => f.code).sort());
  });
});
