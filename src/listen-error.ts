/** What each system error the listening socket can meet means, and what to change. */
const HINTS: Record<string, string> = {
  EADDRINUSE: "the port is in use (EADDRINUSE); set PORT to another port",
  EACCES: "permission denied (EACCES); ports below 1024 need privileges: set PORT to 1024 or above",
  EADDRNOTAVAIL: "the address is not one of this machine's (EADDRNOTAVAIL); set HOST to one of them, or 0.0.0.0 for all",
};

/**
 * The one line to print when the gateway cannot listen, naming the address and the variable to change;
 * undefined when `error` is not such a failure (a file that cannot be read is EACCES too, but not from
 * listen). Node's error carries the address and port it tried.
 */
export function listenFailure(error: unknown): string | undefined {
  const { syscall, code, address, port } = (error ?? {}) as { syscall?: unknown; code?: unknown; address?: unknown; port?: unknown };
  // A worker of GATEWAY_WORKERS learns of the primary's failed bind, with syscall "bind".
  const hint = (syscall === "listen" || syscall === "bind") && typeof code === "string" && Object.hasOwn(HINTS, code) ? HINTS[code] : undefined;
  if (!hint) return undefined;
  if (typeof address !== "string" || typeof port !== "number") return `cannot listen: ${hint}`;
  return `cannot listen on ${address.includes(":") ? `[${address}]` : address}:${port}: ${hint}`;
}
