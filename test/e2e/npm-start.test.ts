import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type WatchedOutput, watchOutput } from "../fixtures/watched-output";

/**
 * `npm start` and `npm run dev` as a developer runs them, on a copy of the project (src, dist,
 * package files, .build; node_modules linked), so that touching a source file and rebuilding leave
 * this checkout's dist/, which other tests run, alone.
 */
const ROOT = join(__dirname, "..", "..");
/** Generous: a build takes 7-25 s on a busy 2-core machine. */
const WAIT_MS = 150_000;

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "npm-start-"));
  copies.push(dir);
  for (const entry of ["package.json", "package-lock.json", "tsconfig.json", ".build", "src", "dist"]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  // cpSync keeps the files' times, not the folders': give src's folders theirs back, so the copy's
  // dist/gateway.js is as up to date as this checkout's.
  const folderTimes = (from: string, to: string): void => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) folderTimes(join(from, entry.name), join(to, entry.name));
    }
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  };
  folderTimes(join(ROOT, "src"), join(dir, "src"));
  return dir;
}

const builtAt = (dir: string): number => statSync(join(dir, "dist", "gateway.js")).mtimeMs;
const touch = (path: string): void => {
  const now = new Date();
  utimesSync(path, now, now);
};

/** An npm command in its own process group (npm, sh, node), with its output (both streams) as it grows. */
function npm(dir: string, args: string[]): WatchedOutput {
  const child = spawn("npm", args, { cwd: dir, detached: true, env: { ...process.env, PORT: "0", AWS_EC2_METADATA_DISABLED: "true" } });
  // stop: SIGTERM to the whole group (the gateway shuts down gracefully), SIGKILL if it is still there after 10 s.
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  return watchOutput(child, { name: `npm ${args.join(" ")}`, waitMs: WAIT_MS, graceMs: 10_000, kill });
}

const listening = (output: string): string[] => [...output.matchAll(/listening on (http:\S+)/g)].map((m) => m[1]!);

async function typename(url: string): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
  return response.json();
}

/** Runs `npm start` until the gateway answers, then stops it; its output. */
async function start(dir: string): Promise<string> {
  const run = npm(dir, ["start"]);
  try {
    await run.waitFor((output) => listening(output).length > 0, "listening line");
    expect(await typename(listening(run.output())[0]!)).toEqual({ data: { __typename: "Query" } });
    return run.output();
  } finally {
    await run.stop();
  }
}

describe("npm start builds only when an input changed (.build/build-if-stale.js)", () => {
  it("the second start does not rebuild; after a source file is touched it does", { timeout: 3 * WAIT_MS }, async () => {
    const dir = copyProject();
    await start(dir); // builds only if this checkout's dist/ was stale
    const built = builtAt(dir);

    const second = await start(dir);
    expect(second).toContain("build: dist/gateway.js is up to date");
    expect(second).not.toContain("running npm run build");
    expect(builtAt(dir)).toBe(built);

    touch(join(dir, "src", "config.ts"));
    const third = await start(dir);
    expect(third).toContain("build: src/config.ts changed, running npm run build");
    expect(builtAt(dir)).toBeGreaterThan(built);
  });

  it("counts a file added under src/, the package files and a missing bundle as changes", () => {
    const dir = copyProject();
    const { staleReason } = createRequire(__filename)(join(dir, ".build", "build-if-stale.js")) as { staleReason(): string | undefined };
    const fresh = staleReason();
    if (fresh !== undefined) return expect.fail(`this checkout's dist/ is stale (${fresh}): run npm run build`);

    writeFileSync(join(dir, "src", "graphql", "new-file.ts"), "export {};\n");
    expect(staleReason()).toMatch(/^src\/graphql(\/new-file\.ts)? changed$/);
    rmSync(join(dir, "src", "graphql", "new-file.ts"));
    expect(staleReason()).toBe("src/graphql changed"); // a removed file: its folder's time moved

    const dirTime = statSync(join(ROOT, "src", "graphql"));
    utimesSync(join(dir, "src", "graphql"), dirTime.atime, dirTime.mtime);
    expect(staleReason()).toBeUndefined();
    for (const file of ["package.json", "package-lock.json", "tsconfig.json"]) {
      const before = statSync(join(dir, file));
      touch(join(dir, file));
      expect(staleReason()).toBe(`${file} changed`);
      utimesSync(join(dir, file), before.atime, before.mtime);
    }
    rmSync(join(dir, "dist", "gateway.js"));
    expect(staleReason()).toBe("dist/gateway.js is missing");
  });
});

describe("npm run dev (.build/dev.js under node --watch-path=src)", () => {
  it("rebuilds and restarts the gateway after a source file changes", { timeout: 3 * WAIT_MS }, async () => {
    const dir = copyProject();
    const dev = npm(dir, ["run", "dev"]);
    try {
      await dev.waitFor((output) => listening(output).length === 1, "first listening line");
      expect(await typename(listening(dev.output())[0]!)).toEqual({ data: { __typename: "Query" } });

      touch(join(dir, "src", "config.ts"));
      await dev.waitFor((output) => listening(output).length === 2, "listening line after the restart");
      const output = dev.output();
      expect(output).toContain("build: src/config.ts changed, running npm run build");
      expect(output.indexOf("build: src/config.ts changed")).toBeGreaterThan(output.indexOf(listening(output)[0]!));
      expect(await typename(listening(output)[1]!)).toEqual({ data: { __typename: "Query" } });
    } finally {
      await dev.stop();
    }
  });
});
