import { request as httpRequest } from "node:http";
import {
  DeleteUserGroupCommand,
  DescribeUserGroupsCommand,
  DescribeUsersCommand,
  ElastiCacheClient,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  InvalidUserGroupStateFault,
  ModifyUserGroupCommand,
  UserGroupNotFoundFault,
} from "@aws-sdk/client-elasticache";
import { afterEach, describe, expect, it } from "vitest";
import { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED, type Seed } from "../../src/simulation/seed";
import { type Emulator, startEmulator } from "../../src/simulation/wire/emulator";

const SETTLE_MS = 1_000;

/** A simulated account on a clock the test moves, its emulator, and the real SDK client pointed at it. */
async function world(seed: Seed = DEFAULT_SEED) {
  let now = 0;
  const account = new SimulatedAccount(seed, "us-east-1", { settleMs: SETTLE_MS, now: () => now });
  const emulator = await startEmulator(account);
  const client = new ElastiCacheClient({
    region: "us-east-1",
    endpoint: emulator.url,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
  const w = { account, emulator, client, advance: (ms: number) => void (now += ms) };
  open.push({ client, emulator });
  return w;
}
const open: { client: ElastiCacheClient; emulator: Emulator }[] = [];
afterEach(async () => {
  await Promise.all(
    open.splice(0).map(({ client, emulator }) => {
      client.destroy();
      return emulator.close();
    }),
  );
});

/** The raw Query answer to a form, as AWS writes it. */
function post(emulator: Emulator, form: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${emulator.url}/`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" } }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.end(new URLSearchParams({ Version: "2015-02-02", ...form }).toString());
  });
}

const many = (n: number): Seed => ({
  ...DEFAULT_SEED,
  userGroups: Array.from({ length: n }, (_, i) => ({ userGroupId: `g${String(i).padStart(3, "0")}`, engine: "redis" as const, userIds: ["default"] })),
});

describe("ModifyUserGroup and DeleteUserGroup on the wire", () => {
  it("modify answers the group MODIFYING with PendingChanges; it is ACTIVE with the new users once it settles", async () => {
    const w = await world();
    const answer = await w.client.send(new ModifyUserGroupCommand({ UserGroupId: "app-group", UserIdsToAdd: ["writer"], UserIdsToRemove: ["reader"] }));
    expect(answer).toMatchObject({
      UserGroupId: "app-group",
      Status: "modifying",
      Engine: "valkey",
      UserIds: ["app-default", "reader"],
      PendingChanges: { UserIdsToAdd: ["writer"], UserIdsToRemove: ["reader"] },
      ARN: "arn:aws:elasticache:us-east-1:000000000000:usergroup:app-group",
    });
    await expect(w.client.send(new DeleteUserGroupCommand({ UserGroupId: "app-group" }))).rejects.toBeInstanceOf(InvalidUserGroupStateFault);
    w.advance(SETTLE_MS);
    const [group] = (await w.client.send(new DescribeUserGroupsCommand({ UserGroupId: "app-group" }))).UserGroups!;
    expect(group).toMatchObject({ Status: "active", UserIds: ["app-default", "writer"] });
    expect(group).not.toHaveProperty("PendingChanges");
  });

  it("delete answers DELETING; once it settles, the group is gone: UserGroupNotFound (404)", async () => {
    const w = await world();
    expect(await w.client.send(new DeleteUserGroupCommand({ UserGroupId: "app-group" }))).toMatchObject({ UserGroupId: "app-group", Status: "deleting" });
    w.advance(SETTLE_MS);
    const gone = await w.client.send(new DeleteUserGroupCommand({ UserGroupId: "app-group" })).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(UserGroupNotFoundFault);
    expect(gone).toMatchObject({ message: "User group app-group not found.", $metadata: { httpStatusCode: 404 } });
  });

  it("answers the new faults with their wire codes and statuses, which the SDK reads back into its classes", async () => {
    const w = await world();
    const state = await w.client
      .send(new ModifyUserGroupCommand({ UserGroupId: "app-group", UserIdsToAdd: ["writer"] }))
      .then(() => w.client.send(new ModifyUserGroupCommand({ UserGroupId: "app-group", UserIdsToRemove: ["writer"] })).catch((e: unknown) => e));
    expect(state).toBeInstanceOf(InvalidUserGroupStateFault);
    expect(state).toMatchObject({ name: "InvalidUserGroupStateFault", $fault: "client", $metadata: { httpStatusCode: 400 } });
    const both = await w.client
      .send(new ModifyUserGroupCommand({ UserGroupId: "app-group", UserIdsToAdd: ["x"], UserIdsToRemove: ["X"] }))
      .catch((e: unknown) => e);
    expect(both).toBeInstanceOf(InvalidParameterCombinationException);
    expect(both).toMatchObject({ $metadata: { httpStatusCode: 400 }, message: "Give user ids to add or to remove, and no id in both lists." });
    const raw = await post(w.emulator, { Action: "ModifyUserGroup", UserGroupId: "app-group", "UserIdsToAdd.member.1": "writer" });
    expect(raw.status).toBe(400);
    expect(raw.body).toContain("<Code>InvalidUserGroupState</Code>");
  });

  it("a scripted documented fault answers on the wire like any other", async () => {
    const w = await world();
    w.account.documentedFaults.add({ operation: "elasticache:DescribeUsers", fault: { code: "InvalidParameterCombination" }, times: 1 });
    await expect(w.client.send(new DescribeUsersCommand({}))).rejects.toBeInstanceOf(InvalidParameterCombinationException);
    expect((await w.client.send(new DescribeUsersCommand({}))).Users).toHaveLength(4);
  });

  it("refuses ModifyUserGroup and DeleteUserGroup without UserGroupId (MissingParameter)", async () => {
    const w = await world();
    for (const Action of ["ModifyUserGroup", "DeleteUserGroup"]) {
      const raw = await post(w.emulator, { Action });
      expect(raw.status).toBe(400);
      expect(raw.body).toContain("<Code>MissingParameter</Code>");
    }
  });
});

describe("Describe pages on the wire: MaxRecords (20 to 100) and Marker", () => {
  it("DescribeUserGroups: 100 groups in pages of 33 (33, 33, 33, 1), each once, a Marker on all but the last", async () => {
    const w = await world(many(100));
    const ids: string[] = [];
    const sizes: number[] = [];
    let marker: string | undefined;
    do {
      const page = await w.client.send(new DescribeUserGroupsCommand({ MaxRecords: 33, Marker: marker }));
      ids.push(...page.UserGroups!.map((g) => g.UserGroupId!));
      sizes.push(page.UserGroups!.length);
      marker = page.Marker;
    } while (marker);
    expect(sizes).toEqual([33, 33, 33, 1]);
    expect(ids).toEqual([...w.account.userGroups.keys()]);
  });

  it("DescribeUsers: an engine's users, a page of 20 with a Marker, then the rest", async () => {
    const users = Array.from({ length: 25 }, (_, i) => ({ userId: `v${i}`, userName: `v${i}`, engine: "valkey" as const, authentication: "iam" as const }));
    const w = await world({ ...DEFAULT_SEED, users: [...DEFAULT_SEED.users, ...users] });
    const first = await w.client.send(new DescribeUsersCommand({ Engine: "valkey", MaxRecords: 20 }));
    expect(first.Users).toHaveLength(20);
    const rest = await w.client.send(new DescribeUsersCommand({ Engine: "valkey", MaxRecords: 20, Marker: first.Marker }));
    expect(rest.Marker).toBeUndefined();
    expect([...first.Users!, ...rest.Users!].map((u) => u.UserId)).toEqual(["app-default", "reader", "writer", ...users.map((u) => u.userId)]);
    expect(rest.Users![0]).toMatchObject({ Engine: "valkey", Status: "active", Authentication: { Type: "iam", PasswordCount: 0 } });
  });

  it.each([
    ["MaxRecords below 20", { MaxRecords: "19" }, "MaxRecords must be from 20 to 100."],
    ["MaxRecords above 100", { MaxRecords: "101" }, "MaxRecords must be from 20 to 100."],
    ["MaxRecords not a number", { MaxRecords: "ten" }, "MaxRecords must be a whole number."],
    ["a marker no answer gave", { Marker: "bm90LWEtbWFya2Vy" }, "The marker is not valid."],
  ])("answers InvalidParameterValue (400) for %s", async (_name, form, message) => {
    const w = await world();
    for (const Action of ["DescribeUserGroups", "DescribeUsers"]) {
      const raw = await post(w.emulator, { Action, ...form });
      expect(raw.status).toBe(400);
      expect(raw.body).toContain("<Code>InvalidParameterValue</Code>");
      expect(raw.body).toContain(`<Message>${message}</Message>`);
    }
    await expect(w.client.send(new DescribeUserGroupsCommand({ MaxRecords: 19 }))).rejects.toBeInstanceOf(InvalidParameterValueException);
  });
});
