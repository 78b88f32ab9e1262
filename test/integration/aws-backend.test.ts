import { NoOpLogger } from "@smithy/core/client";
import { describe, expect, it, vi } from "vitest";
import { createAwsBackend, RegionMissing } from "../../src/adapters/aws/aws-backend";
import { readConfig } from "../../src/config";
import { SimulatedAccount } from "../../src/simulation/account";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { startEmulator } from "../../src/simulation/wire/emulator";
import { emptyAwsWorld } from "../fixtures/empty-aws-world";

const UPSTREAM = readConfig({}).upstream;

/** The SDK reads credentials and region from the environment and ~/.aws: give it an empty world. */
describe("createAwsBackend", () => {
  emptyAwsWorld();

  it("refuses to start without a region", async () => {
    await expect(createAwsBackend({ region: undefined, upstream: UPSTREAM })).rejects.toBeInstanceOf(RegionMissing);
  });

  it("takes AWS_REGION when no region is given", async () => {
    process.env.AWS_REGION = "eu-central-1";
    expect((await createAwsBackend({ region: undefined, upstream: UPSTREAM })).region).toBe("eu-central-1");
  });

  it("is not ready while no credentials resolve, and ready once they do", async () => {
    const backend = await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM });
    expect(await backend.ready()).toEqual({ reason: "AWS credentials could not be resolved", cause: "CredentialsProviderError" });
    process.env.AWS_ACCESS_KEY_ID = "AKIDEXAMPLE";
    process.env.AWS_SECRET_ACCESS_KEY = "secret";
    expect(await (await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM })).ready()).toBe(true);
  });

  it("hands nothing to the SDK's logger: its logger middleware, which formats every call's input and output, is removed", async () => {
    const emulator = await startEmulator(new SimulatedAccount(DEFAULT_SEED, "us-east-1"));
    const info = vi.spyOn(NoOpLogger.prototype, "info");
    const error = vi.spyOn(NoOpLogger.prototype, "error");
    try {
      const backend = await createAwsBackend({
        region: "us-east-1",
        upstream: UPSTREAM,
        emulator: { endpoint: emulator.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } },
      });
      const group = await backend.userGroups.create({ userGroupId: "logged-nowhere", engine: "VALKEY", userIds: ["app-default"] });
      const request = {
        brokerId: DEFAULT_SEED.brokers[0]!.brokerId,
        username: "logged-nowhere",
        password: "a-password-of-16-chars",
        consoleAccess: false,
        groups: [],
        replicationUser: false,
      };
      const user = await backend.brokerUsers.create(request);
      const again = await backend.brokerUsers.create(request);
      expect([group.ok, user.ok, again.ok]).toEqual([true, true, false]);
      expect(info).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      await backend.close?.();
    } finally {
      info.mockRestore();
      error.mockRestore();
      await emulator.close();
    }
  });
  it("ends a hung call at the whole-call deadline and aborts its HTTP request then, long before the attempt timeout (cached middleware)", async () => {
    const account = new SimulatedAccount(DEFAULT_SEED, "us-east-1");
    const emulator = await startEmulator(account);
    try {
      const backend = await createAwsBackend({
        region: "us-east-1",
        upstream: { ...UPSTREAM, maxAttempts: 1, attemptTimeoutMs: 20_000, timeoutMs: 300 },
        emulator: { endpoint: emulator.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } },
      });
      const request = {
        brokerId: DEFAULT_SEED.brokers[0]!.brokerId,
        username: "hung",
        password: "a-password-of-16-chars",
        consoleAccess: false,
        groups: [],
        replicationUser: false,
      };
      expect((await backend.brokerUsers.create(request)).ok, "a call before the hang leaves its keep-alive socket").toBe(true);
      await expect.poll(() => emulator.connections()).toBe(1);
      account.faults.add({ operation: "mq:CreateUser", fault: { kind: "hang" } });
      for (const username of ["hung-1", "hung-2"]) {
        const started = performance.now();
        const result = await backend.brokerUsers.create({ ...request, username });
        expect(result).toMatchObject({ ok: false, fault: { code: "UpstreamUnavailable", retryable: true } });
        expect(performance.now() - started).toBeLessThan(5_000);
        // The abort destroys the hung request's socket: nothing is left open on the emulator.
        await expect.poll(() => emulator.connections(), { timeout: 5_000 }).toBe(0);
      }
      await backend.close?.();
    } finally {
      await emulator.close();
    }
  });
});
