import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAwsBackend, RegionMissing } from "../../src/adapters/aws/aws-backend";
import { readConfig } from "../../src/config";

const UPSTREAM = readConfig({}).upstream;

/** The SDK reads credentials and region from the environment and ~/.aws: give it an empty world. */
describe("createAwsBackend", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith("AWS_")) delete process.env[name];
    process.env.HOME = mkdtempSync(join(tmpdir(), "no-aws-"));
    process.env.AWS_EC2_METADATA_DISABLED = "true";
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("refuses to start without a region", async () => {
    await expect(createAwsBackend({ region: undefined, upstream: UPSTREAM })).rejects.toBeInstanceOf(RegionMissing);
  });

  it("takes AWS_REGION when no region is given", async () => {
    process.env.AWS_REGION = "eu-central-1";
    expect((await createAwsBackend({ region: undefined, upstream: UPSTREAM })).region).toBe("eu-central-1");
  });

  it("is not ready while no credentials resolve, and ready once they do", async () => {
    const backend = await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM });
    expect(await backend.ready()).toBe(false);
    process.env.AWS_ACCESS_KEY_ID = "AKIDEXAMPLE";
    process.env.AWS_SECRET_ACCESS_KEY = "secret";
    expect(await (await createAwsBackend({ region: "us-east-1", upstream: UPSTREAM })).ready()).toBe(true);
  });
});
