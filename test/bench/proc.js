"use strict";
/**
 * Server processes under test: start one, wait for its "listening on http://..." line, and read its own
 * CPU time and memory from /proc (Linux), so nothing is measured from inside the process being measured.
 */
const { execFileSync, spawn } = require("node:child_process");
const fs = require("node:fs");

const LISTENING = /listening on (http:\/\/\S+)/;
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** @type {number | undefined} */
let ticks;
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (getconf CLK_TCK; 100 on Linux). */
function clockTicks() {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/**
 * The process and its descendants (GATEWAY_WORKERS' workers), from /proc/<pid>/task/<tid>/children.
 * @param {number} pid
 * @returns {number[]}
 */
function processTree(pid) {
  /** @type {number[]} */
  const children = [];
  let tasks = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [pid]; // it exited meanwhile
  }
  for (const task of tasks) {
    try {
      children.push(...fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(" ").filter(Boolean).map(Number));
    } catch {
      // the thread ended meanwhile
    }
  }
  return [pid, ...children.flatMap(processTree)];
}

/**
 * The /proc/<pid>/`file` of the process and of each descendant still running.
 * @param {number} pid
 * @param {string} file
 */
function treeFiles(pid, file) {
  return processTree(pid).flatMap((member) => {
    try {
      return [fs.readFileSync(`/proc/${member}/${file}`, "utf8")];
    } catch {
      return []; // it exited meanwhile
    }
  });
}

/**
 * User and system CPU seconds the process and its descendants (the workers of GATEWAY_WORKERS) have
 * used so far, all their threads; a process that exited meanwhile no longer counts.
 * @param {number} pid
 */
function cpuTimes(pid) {
  let user = 0;
  let system = 0;
  for (const stat of treeFiles(pid, "stat")) {
    // Fields after "pid (comm)": state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    user += Number(fields[11]) / clockTicks();
    system += Number(fields[12]) / clockTicks();
  }
  return { user, system };
}

/**
 * User plus system CPU seconds of the process and its descendants.
 * @param {number} pid
 */
function cpuSeconds(pid) {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/**
 * The JS thread alone (the thread whose id is the process id): seconds it ran, and seconds it was ready
 * to run but waited for a CPU. Ran plus waited close to the wall time means that thread was saturated.
 * @param {number} pid
 */
function mainThread(pid) {
  const [run, wait] = /** @type {[number, number]} */ (fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").trim().split(" ").map(Number));
  return { runSeconds: run / 1e9, waitSeconds: wait / 1e9 };
}

/**
 * Resident set size now and its peak (VmHWM), in bytes: of the process and its descendants together (the
 * peaks summed: the workers of GATEWAY_WORKERS may peak at different times).
 * @param {number} pid
 */
function memory(pid) {
  let rssBytes = 0;
  let peakRssBytes = 0;
  for (const status of treeFiles(pid, "status")) {
    const kb = (/** @type {string} */ name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    rssBytes += kb("VmRSS");
    peakRssBytes += kb("VmHWM");
  }
  return { rssBytes, peakRssBytes };
}

/**
 * The environment a server gets: nothing inherited but the basics, so the parent's settings cannot leak in.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
function baseEnv(env) {
  const keep = ["PATH", "HOME", "LANG", "TMPDIR"];
  const base = Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
  return { ...base, ...env };
}

/**
 * Starts `node <args>` (or `command <args>`, a wrapper such as valgrind that runs node) and resolves once
 * it printed its listening line. Standard output goes to `logFile` when given (a server under load writes
 * a log line per request, as in production) or is read through a pipe (cold start: the line is seen the
 * moment it is written).
 * @param {{ name: string, args: string[], env?: NodeJS.ProcessEnv, logFile?: string, timeoutMs?: number, command?: string }} options
 * @returns {Promise<Server>}
 */
function startServer({ name, args, env = {}, logFile, timeoutMs = 30_000, command = process.execPath }) {
  const out = logFile ? fs.openSync(logFile, "w") : "pipe";
  const spawnedAt = performance.now();
  const child = spawn(command, args, { env: baseEnv(env), stdio: ["ignore", out, "pipe"] });
  if (typeof out === "number") fs.closeSync(out);
  running.add(child);
  let stderr = "";
  /** @type {Set<(chunk: string) => void>} */
  const stderrListeners = new Set();
  const childStderr = /** @type {import('node:stream').Readable} */ (child.stderr);
  childStderr.setEncoding("utf8");
  childStderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-20_000);
    for (const listener of [...stderrListeners]) listener(chunk);
  });
  /** @type {Promise<Exit>} */
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  void exited.then(() => running.delete(child));

  return new Promise((resolve, reject) => {
    let settled = false;
    let seen = "";
    /** @type {NodeJS.Timeout | undefined} */
    let poll;
    /** @type {(error: string | undefined, value?: Server) => void} */
    const settle = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      if (child.stdout) {
        child.stdout.removeAllListeners("data");
        child.stdout.resume(); // keep draining: a full pipe would block the server
      }
      if (error) {
        child.kill("SIGKILL");
        reject(new Error(`${name}: ${error}\n${stderr.slice(-2_000)}`));
      } else resolve(/** @type {Server} */ (value));
    };
    const timer = setTimeout(() => settle(`no listening line within ${timeoutMs} ms`), timeoutMs);
    void exited.then(({ code, signal }) => settle(`exited (${signal ?? code}) before listening`));
    const check = (/** @type {string} */ text) => {
      const match = LISTENING.exec(text);
      if (match) {
        const listeningMs = performance.now() - spawnedAt;
        settle(
          undefined,
          handle({ name, child, url: /** @type {string} */ (match[1]), spawnedAt, listeningMs, exited, stderr: () => stderr, stderrListeners }),
        );
      }
    };
    if (logFile) {
      poll = setInterval(() => check(fs.readFileSync(logFile, "utf8").slice(0, 4_096)), 5);
    } else {
      const stdout = /** @type {import('node:stream').Readable} */ (child.stdout);
      stdout.setEncoding("utf8");
      stdout.on("data", (chunk) => check((seen += chunk)));
    }
  });
}

/** @typedef {{ code: number | null, signal: NodeJS.Signals | null }} Exit */
/** A started server (startServer). @typedef {ReturnType<typeof handle>} Server */

/**
 * @param {{ name: string, child: import('node:child_process').ChildProcess, url: string, spawnedAt: number, listeningMs: number,
 *   exited: Promise<Exit>, stderr: () => string, stderrListeners: Set<(chunk: string) => void> }} started
 */
function handle({ name, child, url, spawnedAt, listeningMs, exited, stderr, stderrListeners }) {
  const pid = /** @type {number} */ (child.pid);
  /** @type {Promise<Exit> | undefined} */
  let stopping;
  return {
    name,
    pid,
    url,
    spawnedAt,
    listeningMs,
    cpuSeconds: () => cpuSeconds(pid),
    cpuTimes: () => cpuTimes(pid),
    mainThread: () => mainThread(pid),
    memory: () => memory(pid),
    stderr,
    signal: (/** @type {NodeJS.Signals} */ sig) => child.kill(sig),
    /**
     * Resolves with the first match of `pattern` in what the server writes to stderr from now on.
     * @param {RegExp} pattern
     * @returns {Promise<RegExpExecArray>}
     */
    waitForStderr(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        let text = "";
        const listener = (/** @type {string} */ chunk) => {
          const match = pattern.exec((text += chunk));
          if (match) done(undefined, match);
        };
        /** @type {(error: Error | undefined, match?: RegExpExecArray) => void} */
        const done = (error, match) => {
          clearTimeout(timer);
          stderrListeners.delete(listener);
          if (error) reject(error);
          else resolve(/** @type {RegExpExecArray} */ (match));
        };
        const timer = setTimeout(() => done(new Error(`${name}: no ${pattern} on stderr within ${timeoutMs} ms`)), timeoutMs);
        stderrListeners.add(listener);
      });
    },
    /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
    stop(graceMs = 5_000) {
      stopping ??= (async () => {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        const result = await exited;
        clearTimeout(timer);
        return result;
      })();
      return stopping;
    },
  };
}

/** Kills every server still running (the harness is exiting). */
function killAll() {
  for (const child of running) child.kill("SIGKILL");
}

module.exports = { startServer, cpuSeconds, cpuTimes, mainThread, memory, processTree, killAll, baseEnv };
