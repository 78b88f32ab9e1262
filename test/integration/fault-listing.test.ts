import { afterEach, describe, expect, it } from "vitest";
import { SimulatedAccount } from "../../src/simulation/account";
import { FaultScript } from "../../src/simulation/fault-script";
import { DEFAULT_SEED } from "../../src/simulation/seed";
import { type Emulator, startEmulator } from "../../src/simulation/wire/emulator";
import { handleFaultControl } from "../../src/simulation/wire/fault-control";

describe("FaultScript.list", () => {
  it("lists the rules that still apply, in order, with the calls left to those that have a count", () => {
    const script = new FaultScript(() => 0);
    script.add({ operation: "mq:CreateUser", fault: { kind: "internal" }, times: 2 });
    script.add({ operation: "*", fault: { kind: "latency", ms: 50 }, rate: 0.5 });
    script.add({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" }, times: 1 });
    script.take("mq:CreateUser");
    script.take("elasticache:CreateUserGroup"); // the "*" rule comes first and takes it
    expect(script.list()).toEqual([
      { operation: "mq:CreateUser", fault: { kind: "internal" }, times: 2, remaining: 1 },
      { operation: "*", fault: { kind: "latency", ms: 50 }, rate: 0.5 },
      { operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" }, times: 1, remaining: 1 },
    ]);
    script.take("mq:CreateUser");
    expect(script.list().map((r) => r.operation)).toEqual(["*", "elasticache:CreateUserGroup"]);
    script.clear();
    expect(script.list()).toEqual([]);
  });
});

describe("GET /_emulator/faults", () => {
  let emulator: Emulator | undefined;
  afterEach(async () => emulator?.close());

  it("answers the active rules as JSON, with their remaining counts", async () => {
    const account = new SimulatedAccount(DEFAULT_SEED, "us-east-1");
    emulator = await startEmulator(account);
    const url = `${emulator.url}/_emulator/faults`;
    const empty = await fetch(url);
    expect([empty.status, empty.headers.get("content-type"), await empty.json()]).toEqual([200, "application/json", { rules: [] }]);
    await fetch(url, { method: "POST", body: JSON.stringify({ operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" }, times: 3 }) });
    await fetch(url, { method: "POST", body: JSON.stringify({ operation: "mq:CreateUser", fault: { kind: "hang" } }) });
    account.faults.take("elasticache:CreateUserGroup");
    expect(await (await fetch(url)).json()).toEqual({
      rules: [
        { operation: "elasticache:CreateUserGroup", fault: { kind: "throttling" }, times: 3, remaining: 2 },
        { operation: "mq:CreateUser", fault: { kind: "hang" } },
      ],
    });
  });

  it("answers loopback callers only, like the rest of the endpoint", () => {
    expect(handleFaultControl(new SimulatedAccount(DEFAULT_SEED, "us-east-1"), "GET", "10.0.0.1", "")).toMatchObject({ kind: "answer", status: 403 });
  });
});
