import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: {
    // One copy of graphql for our code, Apollo and TypeGraphQL alike (else: "another module or realm").
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    testTimeout: 20_000,
    projects: [
      {
        // `npm run test:unit` (--project unit): pure functions, in process; test/unit/no-servers.ts refuses
        // a port or a child process there. The files share their workers' module cache (isolate: false),
        // which halves the run: a unit test leaves no global state behind (fake timers are restored).
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          setupFiles: ["test/setup.ts", "test/unit/no-servers.ts"],
          isolate: false,
        },
      },
      {
        // Everything that starts something: servers on port 0, the emulator, child processes, a browser.
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/unit/**"],
          setupFiles: ["test/setup.ts"],
          globalSetup: ["test/redis-install.ts"],
        },
      },
    ],
  },
});
