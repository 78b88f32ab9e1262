/**
 * Shapes the bench harness's JavaScript files hand each other, for their JSDoc (`npm run typecheck`
 * checks that JavaScript against them). Types only: nothing here runs.
 */

/** How long and how hard each scenario loads (run.js: PLANS.full and PLANS.smoke). */
export interface Plan {
  connections: number;
  rounds: number;
  warmupSeconds: number;
  rampUpSeconds: number;
  durationSeconds: number;
  upstreamLatencyMs: number;
  slowConnections: number[];
  /** Scenario 6: connections past one worker's capacity. */
  overloadConnections: number;
  /** Scenario 6: the gateway's GATEWAY_MAX_CONCURRENT_REQUESTS, about what one process serves within the upstream latency. */
  overloadMaxInFlight: number;
  /** Scenario 7: connections that saturate one worker and two. */
  workersConnections: number;
  /** Scenario 9: connections of the Redis-on and Redis-off gateways (scenario 3's level). */
  redisConnections: number;
  brokers: number;
  slowRounds: number;
  slowWarmupSeconds: number;
  slowRampUpSeconds: number;
  slowDurationSeconds: number;
  coldRounds: number;
  memorySmall: number;
  memoryLarge: number;
  memoryMaxSeconds: number;
  memoryIdleSeconds: number;
  sdkRounds: number;
  sdkWarmupCalls: number;
  sdkCalls: number;
  sdkInflight: number;
  sdkMaxSeconds: number;
}

/** What every scenario gets from run.js. */
export interface Ctx {
  plan: Plan;
  workDir: string;
  logDir: string;
  apiKeysFile: string;
  progress(line: string): void;
}

/** load.js's options (its command-line argument, as JSON). */
export interface LoadOptions {
  url: string;
  connections: number;
  headers?: Record<string, string>;
  timeoutSeconds?: number;
  durationSeconds?: number;
  amount?: number;
  maxSeconds?: number;
  rampUpSeconds?: number;
  body?: string;
  /** createBrokerUser with a new username on every request (and a new idempotency key, with idempotencyKeys). */
  brokerUsers?: { brokerIds: string[]; prefix: string; idempotencyKeys?: boolean };
  /** Answers slower than this (ms; 1,000 unless given) are counted in slowAnswers. */
  slowMs?: number;
  /** Each connection waits a 503's Retry-After before its next request, as a well-behaved client does. */
  retryAfter?: boolean;
}

export interface LatencyMs {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** load.js's result line. */
export interface LoadResult {
  requests: number;
  durationSeconds: number;
  rate: number;
  latencyMs: LatencyMs;
  rampUp: { seconds: number; requests: number; latencyMs: LatencyMs };
  /** The window's 200 answers and 503 refusals: how many, and their latencies. */
  successes: number;
  refused: number;
  successLatencyMs: LatencyMs;
  refusedLatencyMs: LatencyMs;
  /** Answers of the whole run, opening included, slower than slowMs. */
  slowAnswers: number;
  answered: number;
  sent: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  outcomes: Record<string, number>;
  stoppedByWatchdog: boolean;
}

/** The machine a run was on (run.js). */
export interface Machine {
  cpuModel: string;
  cores: number;
  totalMemoryBytes: number;
  os: string;
  node: string;
  nodeFlags: string[];
  loadAverageBefore: number[];
  loadAverageAfter?: number[];
}
