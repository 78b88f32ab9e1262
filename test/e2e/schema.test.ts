import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLocalBackend } from "../../src/composition";
import { buildGatewaySchema, printGatewaySchema } from "../../src/graphql/schema";
import { DEFAULT_SEED } from "../../src/simulation/seed";

describe("schema.graphql", () => {
  it("is what the code builds (run `npm run schema` after changing the API)", async () => {
    const schema = await buildGatewaySchema(createLocalBackend(DEFAULT_SEED, "us-east-1"), "test");
    expect(printGatewaySchema(schema)).toBe(readFileSync("schema.graphql", "utf8"));
  });
});
