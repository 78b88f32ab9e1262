import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SimulatedAccount } from "../account";
import { handleElastiCache } from "./elasticache-wire";
import { handleFaultControl } from "./fault-control";
import { mqError } from "./mq-faults";
import { handleMq } from "./mq-wire";
import { queryError } from "./query-protocol";
import type { WireAnswer } from "./wire-answer";

const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Connections the kernel holds for the emulator to accept: an SDK client opens up to its in-flight cap
 * of sockets at once, and AWS accepts them all (Node's default, 511, would drop the rest's handshakes).
 */
const LISTEN_BACKLOG = 4_096;
const FAULT_CONTROL_PATH = "/_emulator/faults";

export interface Emulator {
  /** Where the SDK clients point: `endpoint: emulator.url`. */
  readonly url: string;
  /** Connections open to it now: a client that gave up on a hung call must have closed its socket. */
  connections(): Promise<number>;
  /** Stops listening and destroys every open connection, hung ones included. */
  close(): Promise<void>;
}

export interface EmulatorOptions {
  /** 127.0.0.1 unless given. */
  readonly host?: string;
  /** A free port unless given. */
  readonly port?: number;
}

/**
 * A loopback HTTP server that speaks ElastiCache's AWS Query protocol (`POST /`) and Amazon MQ's
 * REST-JSON (`/v1/brokers/...`) on the simulated control account, so the real SDK clients and AWS
 * adapters run against it unchanged; `/_emulator/faults` scripts faults.
 */
export async function startEmulator(account: SimulatedAccount, options: EmulatorOptions = {}): Promise<Emulator> {
  const server = createServer((req, res) => void serve(account, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", LISTEN_BACKLOG, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { address, family, port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${family === "IPv6" ? `[${address}]` : address}:${port}`,
    connections: () => new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count)))),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function serve(account: SimulatedAccount, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  res.setHeader("x-amzn-requestid", requestId);
  const url = req.url ?? "/";
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const method = req.method ?? "GET";
  try {
    const body = await readBody(req);
    if (body === undefined) return write(req, res, tooLarge(path, requestId));
    if (path === FAULT_CONTROL_PATH) return write(req, res, handleFaultControl(account, method, req.socket.remoteAddress, body));
    if (path === "/") {
      const outcome =
        method === "POST" ? await handleElastiCache(account, body, requestId) : queryError(400, "InvalidAction", "Query requests must be POSTed.", requestId);
      return write(req, res, outcome);
    }
    return write(req, res, await handleMq(account, method, path, new URLSearchParams(mark < 0 ? "" : url.slice(mark + 1)), body));
  } catch {
    // A request the client abandoned, or a bug: answer as the service would to an internal failure.
    if (res.headersSent || res.destroyed || req.socket.destroyed) return void req.socket.destroy();
    return write(req, res, internalFailure(path, requestId));
  }
}

function write(req: IncomingMessage, res: ServerResponse, outcome: WireAnswer): void {
  if (res.destroyed || res.writableEnded) return;
  switch (outcome.kind) {
    case "reset":
      req.socket.destroy();
      return;
    case "hang":
      return; // Never answered: close() destroys the socket.
    case "answer":
      res.writeHead(outcome.status, outcome.headers);
      res.end(outcome.body);
  }
}

/** The body as text, or undefined when it is larger than any request these APIs take (it is still read to the end). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString("utf8") : undefined));
    req.on("error", reject);
  });
}

const isQuery = (path: string): boolean => path === "/";

function tooLarge(path: string, requestId: string): WireAnswer {
  const message = `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
  return isQuery(path) ? queryError(413, "RequestEntityTooLarge", message, requestId) : mqError(413, "BadRequestException", message);
}

function internalFailure(path: string, requestId: string): WireAnswer {
  return isQuery(path)
    ? queryError(500, "InternalFailure", "The request processing has failed because of an unknown error.", requestId, "Receiver")
    : mqError(500, "InternalServerErrorException", "We were unable to process your request. Please try again later.");
}
