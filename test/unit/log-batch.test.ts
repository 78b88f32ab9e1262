import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LogBatch, type LogSink } from "../../src/server/log-batch";

/** A sink that records each write and each flushSync. */
function recordingSink() {
  const writes: string[] = [];
  let flushes = 0;
  const sink: LogSink = { write: (text) => writes.push(text), flushSync: () => (flushes += 1) };
  return { sink, writes, flushes: () => flushes };
}

const line = (n: number, chars = 100) => `${String(n).padEnd(chars - 1, ".")}\n`;

describe("LogBatch: log lines in writes of about 4 KiB", () => {
  afterEach(() => vi.useRealTimers());

  it("holds lines while they fit in 4,096 bytes, then hands them over joined, in order, in one write", () => {
    const { sink, writes } = recordingSink();
    const batch = new LogBatch(sink, 250);
    for (let n = 0; n < 40; n++) batch.write(line(n));
    expect(writes, "4,000 bytes wait").toEqual([]);
    batch.write(line(40));
    expect(writes, "the 41st line would pass 4,096 bytes").toEqual([Array.from({ length: 40 }, (_, n) => line(n)).join("")]);
    batch.write(line(41, 3_996));
    expect(writes, "exactly 4,096 bytes go at once").toEqual([Array.from({ length: 40 }, (_, n) => line(n)).join(""), line(40) + line(41, 3_996)]);
  });

  it("counts bytes, not characters, so a batch stays a write a pipe takes whole (PIPE_BUF)", () => {
    const { sink, writes } = recordingSink();
    const batch = new LogBatch(sink, 250);
    const wide = `${"é".repeat(99)}\n`; // 100 characters, 199 bytes
    for (let n = 0; n < 25; n++) batch.write(wide);
    for (const write of writes) expect(Buffer.byteLength(write)).toBeLessThanOrEqual(4096);
    expect(writes.join("")).toBe(wide.repeat(20));
    batch.flushSync();
    expect(writes.join("")).toBe(wide.repeat(25));
  });

  it("hands a line longer than 4,096 bytes over alone", () => {
    const { sink, writes } = recordingSink();
    const batch = new LogBatch(sink, 250);
    batch.write(line(1));
    batch.write(line(2, 5_000));
    expect(writes).toEqual([line(1), line(2, 5_000)]);
  });

  it("hands over what waits every flushMs when traffic is low, and writes nothing when nothing waits", () => {
    vi.useFakeTimers();
    const { sink, writes } = recordingSink();
    const batch = new LogBatch(sink, 250);
    batch.write(line(1));
    vi.advanceTimersByTime(249);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([line(1)]);
    vi.advanceTimersByTime(1_000);
    expect(writes, "no empty writes").toHaveLength(1);
  });

  it("flushSync hands over what waits and has the sink write it out", () => {
    const { sink, writes, flushes } = recordingSink();
    const batch = new LogBatch(sink, 250);
    batch.write(line(1));
    batch.write(line(2));
    batch.flushSync();
    expect(writes).toEqual([line(1) + line(2)]);
    expect(flushes()).toBe(1);
  });

  it("behind pino, on a sonic-boom file destination, every line reaches the file whole (multi-byte characters included)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "log-batch-")), "log");
    const batch = new LogBatch(pino.destination({ dest: file, sync: true, minLength: 0 }), 250);
    const log = pino({ base: null, timestamp: false }, batch);
    for (let n = 0; n < 500; n++) log.info({ n, text: "é€😀" }, "line");
    batch.flushSync();
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l) as { n: number; text: string })).toEqual(
      Array.from({ length: 500 }, (_, n) => ({ level: 30, n, text: "é€😀", msg: "line" })),
    );
  });
});
