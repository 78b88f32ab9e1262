import { execFileSync } from "node:child_process";

/**
 * Vitest global setup: the tests that share state through Redis start Debian's redis-server. It is
 * installed here, once per run, when the machine lacks it (CI starts from a clean machine).
 */
export default function installRedis(): void {
  if (onPath("redis-server")) return;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], { stdio: "inherit", env });
}

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
