import { describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { parseFaultRule } from "../../src/simulation/wire/fault-control";

const GROUP = { userGroupId: "lost-group", engine: "REDIS", userIds: ["default"] } as const;
const USER = {
  brokerId: "b-1f5a2c3d-0000-4000-8000-00000000a001",
  username: "lost-user",
  password: "long-enough-pass",
  consoleAccess: false,
  groups: [],
  replicationUser: false,
};

describe("the scripted fault `lost`: carried out, then no answer", () => {
  it("creates the user group and answers UpstreamUnavailable (retryable), where `reset` creates nothing", async () => {
    const backend = createLocalBackend(DEFAULT_SEED, "us-east-1");
    backend.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "reset" }, times: 1 });
    backend.account.faults.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "lost" }, times: 1 });
    expect(await backend.userGroups.create(GROUP)).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true } });
    expect(backend.account.userGroups.has("lost-group")).toBe(false);
    expect(await backend.userGroups.create(GROUP)).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true } });
    expect(backend.account.userGroups.get("lost-group")).toMatchObject({ status: "CREATING", engine: "REDIS" });
    expect(await backend.userGroups.create(GROUP)).toMatchObject({ ok: false, fault: { code: "UserGroupAlreadyExists" } });
  });

  it("creates the broker user, pending creation, and answers UpstreamUnavailable", async () => {
    const backend = createLocalBackend(DEFAULT_SEED, "us-east-1");
    backend.account.faults.add({ operation: "mq:CreateUser", fault: { kind: "lost" } });
    expect(await backend.brokerUsers.create(USER)).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable" } });
    expect(backend.account.brokers.get(USER.brokerId)!.users.get("lost-user")).toMatchObject({ applied: null, pending: { change: "CREATE" } });
  });

  it("is a kind the emulator's control endpoint takes", () => {
    expect(parseFaultRule('{"operation":"mq:CreateUser","fault":{"kind":"lost"},"times":1}')).toEqual({
      operation: "mq:CreateUser",
      fault: { kind: "lost" },
      times: 1,
    });
    expect(parseFaultRule('{"operation":"*","fault":{"kind":"vanished"}}')).toMatch(/lost/);
  });
});
