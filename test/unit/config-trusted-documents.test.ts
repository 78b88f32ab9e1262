import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config";
import { ConfigError } from "../../src/config-error";

describe("readConfig: the trusted-documents safelist", () => {
  it("is off without GATEWAY_TRUSTED_DOCUMENTS", () => {
    expect(readConfig({}).trustedDocuments).toBeUndefined();
    expect(readConfig({ GATEWAY_TRUSTED_DOCUMENTS: "" }).trustedDocuments).toBeUndefined();
  });

  it("reads one manifest or a comma-separated list, enforced unless told to log", () => {
    expect(readConfig({ GATEWAY_TRUSTED_DOCUMENTS: "a.json" }).trustedDocuments).toEqual({ paths: ["a.json"], mode: "enforce" });
    expect(readConfig({ GATEWAY_TRUSTED_DOCUMENTS: "a.json, b.json,", GATEWAY_TRUSTED_DOCUMENTS_MODE: "log" }).trustedDocuments).toEqual({
      paths: ["a.json", "b.json"],
      mode: "log",
    });
  });

  it.each([
    [{ GATEWAY_TRUSTED_DOCUMENTS: "a.json", GATEWAY_TRUSTED_DOCUMENTS_MODE: "report" }, 'GATEWAY_TRUSTED_DOCUMENTS_MODE must be one of "enforce", "log"'],
    [{ GATEWAY_TRUSTED_DOCUMENTS_MODE: "log" }, "GATEWAY_TRUSTED_DOCUMENTS_MODE needs GATEWAY_TRUSTED_DOCUMENTS"],
    [{ GATEWAY_TRUSTED_DOCUMENTS: " " }, "GATEWAY_TRUSTED_DOCUMENTS must not be blank"],
  ])("refuses %j", (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it("is refused on a subgraph in one line that names both variables and where the safelist belongs", () => {
    const env = { GATEWAY_TRUSTED_DOCUMENTS: "a.json", GATEWAY_TRUSTED_DOCUMENTS_MODE: "log", GATEWAY_SUBGRAPH: "true" };
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(/^GATEWAY_TRUSTED_DOCUMENTS cannot be set with GATEWAY_SUBGRAPH=true: .*enforce the safelist at the router$/);
    expect(readConfig({ GATEWAY_TRUSTED_DOCUMENTS: "a.json", GATEWAY_SUBGRAPH: "false" }).trustedDocuments).toBeDefined();
  });
});
