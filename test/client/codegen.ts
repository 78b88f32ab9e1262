import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the client operations in `operations/`, from the public contract `schema.graphql`
 * (a file: no server, no network). `npm run codegen` writes `generated/`; `npm test` runs this with
 * `--check` and fails when the checked-in code is stale.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: "test/client/operations/*.graphql",
  ignoreNoDocuments: false,
  generates: {
    "test/client/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
