// The run manager's limits, read once from the environment. A bad value stops the server with a message
// naming the variable, rather than running with a limit nobody asked for.
import { z } from 'zod';

export interface RunConfig {
  /** LIVE_RUNS=off turns live runs off (a public deployment serves lessons and recorded traces only). */
  liveRuns: boolean;
  /** Runs allowed at once; one more gets a 429. */
  maxConcurrentRuns: number;
  /** A run still going after this long is stopped with outcome time_limit. */
  wallClockMs: number;
  /** A finished run (its events and its workspace) is kept this long, then dropped. */
  retentionMs: number;
  /** A run nobody watches (never opened, or every viewer gone) is cancelled after this long. */
  subscriberGraceMs: number;
  /** Events held per run; a run that reaches it is cancelled (see LiveRun). */
  maxEventsPerRun: number;
}

const MINUTE = 60_000;

/** Timers fire at once past 2^31 − 1 ms (about 24.8 days), so no limit may be larger. */
const MAX_TIMER_MS = 2_147_483_647;

const count = (min: number) => z.coerce.number().int().min(min).max(MAX_TIMER_MS);

const envSchema = z.object({
  LIVE_RUNS: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(['on', 'off', 'true', 'false', '1', '0']))
    .default('on'),
  MAX_CONCURRENT_RUNS: count(1).default(4),
  RUN_WALL_CLOCK_MS: count(1_000).default(10 * MINUTE),
  RUN_RETENTION_MS: count(0).default(30 * MINUTE),
  SUBSCRIBER_GRACE_MS: count(0).default(30_000),
  RUN_MAX_EVENTS: count(100).default(50_000),
});

export const RUN_ENV_VARS = Object.keys(envSchema.shape);

export function loadRunConfig(env: Record<string, string | undefined>): RunConfig {
  // An empty variable means "not set", as in a .env file with `NAME=`.
  const present = Object.fromEntries(
    RUN_ENV_VARS.filter((k) => env[k] !== undefined && env[k]?.trim() !== '').map((k) => [k, env[k]]),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new Error(`environment variable ${name}=${JSON.stringify(env[name])} is invalid: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    liveRuns: !['off', 'false', '0'].includes(e.LIVE_RUNS),
    maxConcurrentRuns: e.MAX_CONCURRENT_RUNS,
    wallClockMs: e.RUN_WALL_CLOCK_MS,
    retentionMs: e.RUN_RETENTION_MS,
    subscriberGraceMs: e.SUBSCRIBER_GRACE_MS,
    maxEventsPerRun: e.RUN_MAX_EVENTS,
  };
}
