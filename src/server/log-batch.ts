/** Where a batch goes: a pino destination (sonic-boom), which writes it and retries what the pipe refused. */
export interface LogSink {
  write(text: string): unknown;
  flushSync(): void;
}

/**
 * The most bytes a batch holds: PIPE_BUF on Linux, the largest write a pipe takes whole, so that workers
 * sharing standard output (GATEWAY_WORKERS) never split each other's lines. A longer line goes alone.
 */
const BATCH_BYTES = 4096;

/**
 * Gathers log lines into writes of about 4 KiB for `sink`, and hands over what waits every `flushMs`.
 * sonic-boom batches too (its `minLength`), but measures the UTF-8 length of the whole pending batch on
 * every line, which flattens the batch string each time; collecting the lines here and handing sonic-boom
 * one joined string costs less (test/bench/README.md has the figures).
 */
export class LogBatch {
  private lines: string[] = [];
  private bytes = 0;

  constructor(
    private readonly sink: LogSink,
    flushMs: number,
  ) {
    setInterval(() => this.flush(), flushMs).unref();
  }

  write(line: string): void {
    const bytes = Buffer.byteLength(line);
    if (this.bytes + bytes > BATCH_BYTES) this.flush();
    this.lines.push(line);
    this.bytes += bytes;
    if (this.bytes >= BATCH_BYTES) this.flush();
  }

  /** Hands what waits to the sink. */
  flush(): void {
    if (this.lines.length === 0) return;
    const text = this.lines.join("");
    this.lines = [];
    this.bytes = 0;
    this.sink.write(text);
  }

  /** Writes everything out before returning: at exit. */
  flushSync(): void {
    this.flush();
    this.sink.flushSync();
  }
}
