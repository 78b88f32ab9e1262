import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the client operations in `operations/`, from the public contract `schema.graphql`
 * (a file: no server, no network), and Apollo Client's `possibleTypes` for its unions and interfaces.
 * `npm run codegen` writes `generated/`; `npm test` runs this with `--check` and fails when the checked-in
 * code is stale.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: "test/client/operations/*.graphql",
  ignoreNoDocuments: false,
  generates: {
    "test/client/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
    // Apollo Client's InMemoryCache needs each union's and interface's members to match fragments such as
    // `... on Error` (apollo-client#2694). The plugin's only export is a default one: `add` appends the
    // named export (the plugin's output names its value `result`; a rename fails the typecheck).
    "test/client/generated/possible-types.ts": {
      plugins: ["fragment-matcher", { add: { placement: "append", content: "export const { possibleTypes } = result;" } }],
      config: { apolloClientVersion: 3, deterministic: true },
    },
  },
};

export default config;
