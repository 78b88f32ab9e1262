import { createClient, type RedisClientType } from "redis";

/** How long one Redis command may take, sent or not, before the gateway stops waiting on it. */
const COMMAND_TIMEOUT_MS = 250;
/** The longest pause between reconnection attempts. */
const MAX_RECONNECT_DELAY_MS = 2_000;

export type RedisState = "up" | "down";

/** A failure's code or class, never its message (which may hold the host). node-redis leaves `name` "Error". */
const cause = (error: Error): string => (error as NodeJS.ErrnoException).code ?? (error.name === "Error" ? error.constructor.name : error.name);

/** Where a Redis link reports its state changes: one line each. */
export interface RedisLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * One connection to the shared Redis, used by every shared limit and record of the process. Commands
 * fail fast while it is down (no offline queue) so each user falls back at once; it reconnects by itself.
 */
export interface RedisLink {
  readonly client: RedisClientType;
  state(): RedisState;
  /** Where state changes are logged from now on (the app's logger, which exists after the link). */
  logTo(log: RedisLog): void;
  close(): Promise<void>;
}

/**
 * Connects in the background: the gateway starts whether Redis is up or not. The URL (which may hold a
 * password) is never logged; errors are logged by name only.
 */
export function connectRedis(url: string): RedisLink {
  let state: RedisState = "down";
  /** Why the last attempt failed; undefined until the first attempt ends. */
  let known: { why?: string } | undefined;
  let reported: RedisState | undefined;
  let log: RedisLog | undefined;
  const report = (next: RedisState, why?: string) => {
    state = next;
    known = { why: why ?? known?.why };
    if (reported === next || !log) return;
    reported = next;
    if (next === "up") log.info("redis: connected; shared limits and idempotency records are in Redis");
    else log.warn(`redis: unreachable${why ? ` (${why})` : ""}; rate limits fall back to memory and keyed mutations are refused until it is back`);
  };
  const client: RedisClientType = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS, rejectInFlight: true },
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) },
  });
  client.on("ready", () => report("up"));
  client.on("error", (error: Error) => report("down", cause(error)));
  client.on("end", () => report("down"));
  client.connect().catch(() => report("down"));
  return {
    client,
    state: () => state,
    logTo: (to) => {
      log = to;
      // What happened before there was a logger (the first connection usually): its one line.
      if (known) report(state, known.why);
    },
    close: async () => {
      client.removeAllListeners();
      client.on("error", () => {});
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}
