// Configuration from the environment, checked once at start-up so a typo fails loudly and early
// instead of showing up as a strange default in production.
//
// Every setting has a default that works on a laptop. In production the environment overrides them:
//
//   PORT=9000 LOG_LEVEL=warn DATA_DIR=/var/lib/hello node src/server.js

import path from 'node:path';

const LEVELS = ['debug', 'info', 'warn', 'error'];

/** The settings the service knows, with their defaults and how to read them. */
const SETTINGS = {
  port: { env: 'PORT', default: 8080, parse: parsePort },
  host: { env: 'HOST', default: '127.0.0.1', parse: parseNonEmpty },
  logLevel: { env: 'LOG_LEVEL', default: 'info', parse: parseLevel },
  dataDir: { env: 'DATA_DIR', default: './data', parse: parseDir },
  // Requests slower than this are logged as warnings.
  slowRequestMs: { env: 'SLOW_REQUEST_MS', default: 500, parse: parsePositiveInt },
  // How often the store writes its counts to disk, in milliseconds.
  flushEveryMs: { env: 'FLUSH_EVERY_MS', default: 5000, parse: parsePositiveInt },
};

export class ConfigError extends Error {
  constructor(problems) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Read the configuration. Collects every problem before failing, so one start-up attempt shows all of
 * them rather than one per attempt.
 */
export function loadConfig(env = process.env) {
  const config = {};
  const problems = [];
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') {
      config[key] = setting.default;
      continue;
    }
    try {
      config[key] = setting.parse(raw);
    } catch (err) {
      problems.push(`${setting.env}=${JSON.stringify(raw)}: ${err.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** The configuration as lines for the start-up log (nothing here is secret). */
export function describeConfig(config) {
  return Object.entries(config).map(([key, value]) => `${key}=${value}`);
}

function parsePort(raw) {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error('must be a whole number between 1 and 65535');
  }
  return port;
}

function parseNonEmpty(raw) {
  if (raw.trim() === '') throw new Error('must not be blank');
  return raw.trim();
}

function parseLevel(raw) {
  const level = raw.trim().toLowerCase();
  if (!LEVELS.includes(level)) throw new Error(`must be one of ${LEVELS.join(', ')}`);
  return level;
}

function parseDir(raw) {
  // Resolve now: a relative path would otherwise depend on the directory the service was started in.
  return path.resolve(raw.trim());
}

function parsePositiveInt(raw) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error('must be a whole number greater than 0');
  return n;
}

// TODO: server.js still uses its own hard-coded PORT; switch it to loadConfig().port.
