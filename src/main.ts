import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { createAuthentication, createBackend } from "./composition";
import { readConfig } from "./config";
import { ConfigError } from "./config-error";
import { startEmulatorCommand } from "./emulator-command";
import { buildGatewaySchema, printGatewaySchema } from "./graphql/schema";
import { listenFailure } from "./listen-error";
import { nodeSupportNotice, SDK_NODE_WARNING_SWITCH } from "./node-support";
import { productionModeLine } from "./production-mode";
import { buildApp } from "./server/app";
import { LogBatch } from "./server/log-batch";
import { announce, isWorker, startWorkers } from "./workers";

/** How long a log line may wait in the write buffer when traffic is low. */
const LOG_FLUSH_MS = 250;
/** Writes what the log buffer holds; set once the log stream exists. */
let flushLogs = () => {};

/** The only module with process side effects: read the environment, build, listen, handle signals. */
async function main(): Promise<void> {
  const version = (JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string }).version;
  if (process.argv[2] === "emulator") {
    const emulator = await startEmulatorCommand(process.env, version);
    onStopSignal(() => void emulator.close().then(() => process.exit(0)));
    process.stdout.write(emulator.banner);
    return;
  }
  const config = readConfig(process.env);
  const printing = process.argv[2] === "print-schema" || process.argv[2] === "print-subgraph-schema";
  if (config.workers > 1 && !isWorker() && !printing) {
    onStopSignal(startWorkers(config, (code) => process.exit(code)).stop);
    return;
  }
  // Before the first SDK client exists: the SDK reads its switch then. An operator's own setting wins.
  process.env[SDK_NODE_WARNING_SWITCH] ??= "true";
  // Loaded only when used: without OTEL_EXPORTER_OTLP_ENDPOINT no OpenTelemetry code is loaded. Started
  // before the SDK clients and the app, which add their spans when it is.
  const tracing = config.tracing && !printing ? (await import("./otel-sdk.js")).startTracing(version, process.env) : undefined;
  // Loaded only when used: a gateway without Redis starts without its client.
  const redis = config.redisUrl && !printing ? (await import("./shared-state/redis-link.js")).connectRedis(config.redisUrl) : undefined;
  const backend = await createBackend(config, redis);

  if (process.argv[2] === "print-schema") {
    process.stdout.write(printGatewaySchema(await buildGatewaySchema(backend, version)));
    return;
  }
  if (process.argv[2] === "print-subgraph-schema") {
    const { subgraphSdl } = await import("./graphql/subgraph/subgraph-schema.js");
    process.stdout.write(await subgraphSdl(await buildGatewaySchema(backend, version, { subgraph: true })));
    return;
  }

  // Log lines are written in batches of about 4 KiB (a write per operation line costs CPU on every
  // request); what waits is written every LOG_FLUSH_MS, and before the process exits.
  const logStream = new LogBatch(pino.destination({ dest: 1, sync: true, minLength: 0 }), LOG_FLUSH_MS);
  flushLogs = () => logStream.flushSync();
  const exit = (code: number) => {
    flushLogs();
    process.exit(code);
  };
  const app = await buildApp({ backend, authenticate: await createAuthentication(config.auth), config, version, logStream, redis });
  const nodeNotice = nodeSupportNotice(process.version);
  if (nodeNotice) app.log.warn(nodeNotice);
  if (config.auth.anonymous && config.backend === "aws") {
    app.log.warn("GATEWAY_ALLOW_ANONYMOUS=true: anyone who reaches this gateway can create AWS resources");
  }
  // Node's default backlog (511) drops the handshakes of a larger burst of new connections; Linux has
  // their clients retry after 1 s, 3 s, 7 s... (test/bench/README.md has the measured burst).
  await app.listen({ port: config.port, host: config.host, backlog: config.http.listenBacklog });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const mode = productionModeLine(config);
  // Before the banner: whoever reads it may signal at once.
  onStopSignal((signal) => {
    app.log.info({ signal, deadlineMs: config.http.shutdownTimeoutMs }, "shutting down: finishing requests in flight");
    const stopBy = Date.now() + config.http.shutdownTimeoutMs;
    const deadline = setTimeout(() => {
      app.log.error("shutdown deadline passed with requests still in flight");
      exit(1);
    }, config.http.shutdownTimeoutMs).unref();
    const stopped = (code: number) => {
      if (!tracing) return exit(code);
      // Then the last spans go out (a failed close too), within what is left of the deadline: a collector
      // that does not answer would otherwise hold the exit for the exporter's own timeout.
      clearTimeout(deadline);
      void tracing.shutdown(stopBy - Date.now()).finally(() => exit(code));
    };
    app.close().then(
      () => stopped(0),
      () => stopped(1),
    );
  });
  logStream.flush(); // the warnings above come before the banner
  announce(
    [
      `access-gateway ${version} listening on http://${host}:${port}/graphql`,
      `backend: ${backend.name}, region: ${backend.region}, authentication: ${config.auth.anonymous ? "none (anonymous callers allowed)" : "required"}`,
      ...(mode ? [mode] : []),
      ...backend.hints,
      "",
    ].join("\n"),
  );
  // Not awaited: resolving credentials may wait on the instance metadata service, and listening need not.
  void backend.ready().then((readiness) => {
    if (readiness !== true) app.log.warn(`${readiness.reason}${readiness.cause ? `: ${readiness.cause}` : ""}; /readyz answers 503 until that changes`);
  });
}

/**
 * Runs `stop` on the first SIGTERM or SIGINT, once: a worker of GATEWAY_WORKERS gets the primary's
 * SIGTERM and, in a terminal, the SIGINT of Ctrl-C as well.
 */
function onStopSignal(stop: (signal: NodeJS.Signals) => void): void {
  let stopping = false;
  const once = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop(signal);
  };
  process.on("SIGTERM", once);
  process.on("SIGINT", once);
}

main().catch((error: unknown) => {
  const cannotListen = listenFailure(error);
  if (error instanceof ConfigError) process.stderr.write(`access-gateway: ${error.message}\n`);
  else if (cannotListen) process.stderr.write(`access-gateway: ${cannotListen}\n`);
  else process.stderr.write(`access-gateway: start-up failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  flushLogs();
  process.exit(1);
});
