import { describe, expect, it } from "vitest";
import { listenFailure } from "../../src/listen-error";

/** A listen failure as Node reports it. */
const listenError = (code: string, address?: string, port?: number) => Object.assign(new Error(`listen ${code}`), { syscall: "listen", code, address, port });

describe("listenFailure", () => {
  it.each([
    [listenError("EADDRINUSE", "127.0.0.1", 4000), "cannot listen on 127.0.0.1:4000: the port is in use (EADDRINUSE); set PORT to another port"],
    [listenError("EADDRINUSE", "::1", 4000), "cannot listen on [::1]:4000: the port is in use (EADDRINUSE); set PORT to another port"],
    [
      listenError("EACCES", "0.0.0.0", 80),
      "cannot listen on 0.0.0.0:80: permission denied (EACCES); ports below 1024 need privileges: set PORT to 1024 or above",
    ],
    [
      listenError("EADDRNOTAVAIL", "10.9.9.9", 4000),
      "cannot listen on 10.9.9.9:4000: the address is not one of this machine's (EADDRNOTAVAIL); set HOST to one of them, or 0.0.0.0 for all",
    ],
    [listenError("EADDRINUSE"), "cannot listen: the port is in use (EADDRINUSE); set PORT to another port"],
    [
      Object.assign(new Error("bind EADDRINUSE 127.0.0.1:4000"), { syscall: "bind", code: "EADDRINUSE", address: "127.0.0.1", port: 4000 }),
      "cannot listen on 127.0.0.1:4000: the port is in use (EADDRINUSE); set PORT to another port",
    ],
  ])("%s: %s", (error, message) => {
    expect(listenFailure(error)).toBe(message);
  });

  it.each([
    ["a file that cannot be read", Object.assign(new Error("open"), { syscall: "open", code: "EACCES" })],
    ["another listen error", listenError("EINVAL", "127.0.0.1", 4000)],
    ["a plain error", new TypeError("bug")],
    ["not an error", undefined],
  ])("is undefined for %s", (_, error) => {
    expect(listenFailure(error)).toBeUndefined();
  });
});
