import cluster, { type Worker } from "node:cluster";
import pino from "pino";
import type { Config } from "./config";
import { RestartBackoff } from "./restart-backoff";

/** The message a worker sends the primary once it listens, with the banner it would have printed. */
const LISTENING = "access-gateway:listening";
/** How long the primary waits past the workers' own shutdown deadline before it kills what is left. */
const EXIT_GRACE_MS = 2_000;

interface ListeningMessage {
  readonly type: typeof LISTENING;
  readonly banner: string;
}

const isListening = (message: unknown): message is ListeningMessage =>
  typeof message === "object" && message !== null && (message as { type?: unknown }).type === LISTENING;

/** Whether this process is one of GATEWAY_WORKERS' workers (forked by the primary). */
export const isWorker = (): boolean => cluster.isWorker;

/** Prints the start-up banner; a worker hands it to the primary instead, which prints one for all. */
export function announce(banner: string): void {
  if (cluster.isWorker && process.send) process.send({ type: LISTENING, banner } satisfies ListeningMessage);
  else process.stdout.write(banner);
}

/**
 * The primary of GATEWAY_WORKERS=N (N > 1): forks N workers that each run the gateway on the one port
 * (node:cluster hands them the connections in turn), prints one banner once all listen, and replaces a
 * worker that dies (after RestartBackoff's delay). `stop` (main.ts calls it on SIGTERM or SIGINT) has every
 * worker shut down gracefully, then `exit`s 0 once all exited 0, or 1 (killing what is left after the
 * shutdown deadline). A worker that dies before the first banner fails the start: `exit` 1.
 */
export function startWorkers(config: Pick<Config, "workers" | "logLevel" | "http">, exit: (code: number) => void): { stop(signal: NodeJS.Signals): void } {
  const log = pino({ level: config.logLevel }, pino.destination({ dest: 1, sync: true }));
  const backoff = new RestartBackoff();
  /** Live workers and when each was forked. */
  const live = new Map<Worker, number>();
  const listening = new Set<Worker>();
  const replacements = new Set<NodeJS.Timeout>();
  let firstBanner: string | undefined;
  let started = false;
  let stopping = false;
  let failed = false;

  const fork = () => {
    const worker = cluster.fork();
    live.set(worker, Date.now());
    worker.on("message", (message: unknown) => {
      if (!isListening(message) || stopping) return;
      listening.add(worker);
      firstBanner ??= message.banner;
      if (started) {
        log.info({ worker: worker.process.pid }, "replacement worker listening");
      } else if (listening.size === config.workers) {
        started = true;
        const pids = [...listening].map((w) => w.process.pid).join(", ");
        process.stdout.write(`${firstBanner}workers: ${config.workers} processes on this port (GATEWAY_WORKERS), pids ${pids}\n`);
      }
    });
  };

  cluster.on("exit", (worker, code, signal) => {
    const forkedAt = live.get(worker) ?? Date.now();
    const listened = listening.delete(worker);
    live.delete(worker);
    if (stopping) {
      // A replacement that had not installed its signal handlers yet dies of the SIGTERM: not a failure.
      failed ||= code !== 0 && !(signal === "SIGTERM" && !listened);
      if (live.size === 0) exit(failed ? 1 : 0);
      return;
    }
    if (!started && !listened) {
      // It said why on standard error (main.ts); the others would fail the same way.
      log.error({ worker: worker.process.pid, code, signal }, "a worker failed to start; stopping");
      stopping = true;
      failed = true;
      if (live.size === 0) exit(1);
      for (const other of live.keys()) other.process.kill("SIGTERM");
      return;
    }
    const delayMs = backoff.next(Date.now() - forkedAt);
    log.error({ worker: worker.process.pid, code, signal, restartInMs: delayMs }, "worker exited unexpectedly; starting a replacement");
    const timer = setTimeout(() => {
      replacements.delete(timer);
      fork();
    }, delayMs);
    replacements.add(timer);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const timer of replacements) clearTimeout(timer);
    log.info({ signal, workers: live.size, deadlineMs: config.http.shutdownTimeoutMs }, "shutting down: every worker finishes its requests in flight");
    if (live.size === 0) exit(0);
    for (const worker of live.keys()) worker.process.kill("SIGTERM");
    setTimeout(() => {
      log.error({ workers: live.size }, "workers still running after the shutdown deadline; killing them");
      for (const worker of live.keys()) worker.process.kill("SIGKILL");
      exit(1);
    }, config.http.shutdownTimeoutMs + EXIT_GRACE_MS).unref();
  };
  for (let i = 0; i < config.workers; i++) fork();
  return { stop };
}
