import { afterEach, describe, expect, it } from "vitest";
import { BROKER_USER } from "../fixtures/broker-documents";
import { type BundleProcess, bundleProcess, killBundleProcesses } from "../fixtures/bundle-process";
import { ACTIVEMQ_BROKER, CREATE_BROKER_USER, CREATE_USER_GROUP } from "../fixtures/documents";
import { USER_GROUP } from "../fixtures/user-group-documents";

afterEach(killBundleProcesses);

async function graphql(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  expect(response.status).toBe(200);
  return response.json();
}

/** A gateway process as production runs it (the SDK clients, anonymous callers allowed) pointed at `endpoint`. */
async function gatewayOn(endpoint: string): Promise<{ process: BundleProcess; url: string }> {
  const gateway = bundleProcess([], {
    GATEWAY_BACKEND: "aws",
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "x",
    AWS_SECRET_ACCESS_KEY: "x",
    GATEWAY_ALLOW_ANONYMOUS: "true",
  });
  const [, url] = await gateway.waitFor(/listening on (http:\S+)/);
  return { process: gateway, url: url! };
}

describe("npm run emulator (node dist/gateway.js emulator)", () => {
  it("serves ElastiCache, Amazon MQ and the fault endpoint to two gateway processes that share its account, and exits 0 on SIGTERM", async () => {
    const emulator = bundleProcess(["emulator"], {});
    const [, endpoint] = await emulator.waitFor(/wire emulator .* listening on (http:\S+)/);
    expect(emulator.output()).toContain(`scripted faults: GET, POST, DELETE ${endpoint}/_emulator/faults`);
    expect(emulator.output()).toContain(`point gateways at it: GATEWAY_BACKEND=aws AWS_ENDPOINT_URL=${endpoint} AWS_REGION=us-east-1`);
    expect(emulator.output()).toContain("Amazon MQ brokers: b-1f5a2c3d-0000-4000-8000-00000000a001 (ACTIVEMQ)");

    const [one, two] = await Promise.all([gatewayOn(endpoint!), gatewayOn(endpoint!)]);
    const created = await graphql(one.url, CREATE_USER_GROUP, { input: { userGroupId: "shared-group", engine: "VALKEY", userIds: ["app-default"] } });
    expect(created.data.createUserGroup.__typename).toBe("CreateUserGroupSuccess");
    const read = await graphql(two.url, USER_GROUP, { userGroupId: "shared-group" });
    expect(read.data.userGroup).toMatchObject({ __typename: "UserGroup", userGroupId: "shared-group", userIds: ["app-default"] });

    const user = { brokerId: ACTIVEMQ_BROKER, username: "shared-user", password: "a-long-password-1" };
    expect((await graphql(two.url, CREATE_BROKER_USER, { input: user })).data.createBrokerUser.__typename).toBe("CreateBrokerUserSuccess");
    const brokerUser = await graphql(one.url, BROKER_USER, { brokerId: ACTIVEMQ_BROKER, username: "shared-user" });
    expect(brokerUser.data.brokerUser).toMatchObject({ __typename: "BrokerUser", username: "shared-user" });

    // The fault endpoint: a rule added through it reaches both gateways' calls until it is cleared.
    const faults = `${endpoint}/_emulator/faults`;
    const added = await fetch(faults, { method: "POST", body: JSON.stringify({ operation: "elasticache:DescribeUserGroups", fault: { kind: "internal" } }) });
    expect(added.status).toBe(201);
    expect(await (await fetch(faults)).json()).toEqual({ rules: [expect.objectContaining({ operation: "elasticache:DescribeUserGroups" })] });
    for (const gateway of [one, two]) {
      const failed = await graphql(gateway.url, USER_GROUP, { userGroupId: "shared-group" });
      expect(failed.data.userGroup.__typename).toBe("UpstreamUnavailable");
    }
    expect((await fetch(faults, { method: "DELETE" })).status).toBe(204);
    expect((await graphql(one.url, USER_GROUP, { userGroupId: "shared-group" })).data.userGroup.__typename).toBe("UserGroup");

    expect(await Promise.all([one.process.stop(), two.process.stop()])).toEqual([0, 0]);
    expect(await emulator.stop("SIGTERM")).toBe(0);
    const interrupted = bundleProcess(["emulator"], {});
    await interrupted.waitFor(/listening on/);
    expect(await interrupted.stop("SIGINT")).toBe(0);
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ AWS_REGION: "moon-1" }, "AWS_REGION"],
    [{ GATEWAY_LOCAL_SEED: "/nonexistent/seed.json" }, "GATEWAY_LOCAL_SEED"],
  ])("stops with one line naming the variable for %j", async (env, name) => {
    const emulator = bundleProcess(["emulator"], env);
    expect(await emulator.exited).toBe(1);
    const lines = emulator.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^access-gateway: ${name}`));
  });
});
