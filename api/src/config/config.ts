// Configuration: every environment variable the API reads, validated once at start.
// A missing or malformed variable stops the process with a message naming it.
import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { LIVE_LIMITS } from '@heritage/shared';
import { type DatabaseLimits, DEFAULT_DATABASE_LIMITS } from '../database/limits';
import { findRepoRoot } from './repo-root';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number between 0 and 65535` })
    .int(`${name} must be a whole number between 0 and 65535`)
    .min(0, `${name} must be a whole number between 0 and 65535`)
    .max(65535, `${name} must be a whole number between 0 and 65535`)
    .default(fallback);

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/database');

const httpUrl = (name: string) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, `${name} must be an absolute http(s) URL such as https://cop.example.org`);

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number between ${min} and ${max}` })
    .int(`${name} must be a whole number between ${min} and ${max}`)
    .min(min, `${name} must be a whole number between ${min} and ${max}`)
    .max(max, `${name} must be a whole number between ${min} and ${max}`)
    .default(fallback);

/** A timeout in milliseconds: 0 (off) up to an hour. */
const millis = (name: string, fallback: number) => wholeNumber(name, 0, 3_600_000, fallback);

const booleanFlag = (name: string) =>
  z.enum(['true', 'false'], { error: `${name} must be "true" or "false"` }).transform((v) => v === 'true');

/**
 * Every rate-limited kind of operation, with its default limits: at most `perAddress` requests from one
 * client address and `perAccount` for one account within `windowSeconds`. `RATE_LIMIT_<KIND>` overrides
 * them as "ADDRESS,ACCOUNT,WINDOW_SECONDS". For SIGN_IN the counts are failed attempts, and ACCOUNT is per
 * account *and* address (see docs/operations.md, "Rate limits").
 */
export const RATE_LIMIT_DEFAULTS = {
  SIGN_IN: { perAddress: 20, perAccount: 5, windowSeconds: 900 },
  APPLY: { perAddress: 10, perAccount: 3, windowSeconds: 3600 },
  PASSWORD_RESET: { perAddress: 10, perAccount: 3, windowSeconds: 3600 },
  EMAIL_CHANGE: { perAddress: 10, perAccount: 5, windowSeconds: 3600 },
  INVITE: { perAddress: 100, perAccount: 50, windowSeconds: 3600 },
  REPORT: { perAddress: 60, perAccount: 20, windowSeconds: 3600 },
  POSTING: { perAddress: 300, perAccount: 60, windowSeconds: 600 },
  LINK: { perAddress: 30, perAccount: 10, windowSeconds: 900 },
  MEMBER_MAIL: { perAddress: 200, perAccount: 100, windowSeconds: 3600 },
  OFFER: { perAddress: 60, perAccount: 20, windowSeconds: 3600 },
  ENQUIRY: { perAddress: 60, perAccount: 20, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitKind = keyof typeof RATE_LIMIT_DEFAULTS;

export interface RateLimit {
  perAddress: number;
  perAccount: number;
  windowSeconds: number;
}

const rateLimit = (kind: RateLimitKind) =>
  z
    .string()
    .regex(
      /^\s*[1-9]\d{0,6}\s*,\s*[1-9]\d{0,6}\s*,\s*[1-9]\d{0,6}\s*$/,
      `RATE_LIMIT_${kind} must be three whole numbers "ADDRESS,ACCOUNT,WINDOW_SECONDS", each 1 or more`,
    )
    .transform((value): RateLimit => {
      const [perAddress, perAccount, windowSeconds] = value.split(',').map((n) => Number(n.trim()));
      return { perAddress, perAccount, windowSeconds };
    });

/** Express's `trust proxy`: false, a hop count, or the proxies' addresses/CIDRs. Never `true`. */
export type TrustProxy = false | number | string[];

const EXPRESS_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (EXPRESS_PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
}

const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be false, the number of reverse proxies in front of the app (e.g. 1), or a comma-separated list of their addresses or CIDRs (e.g. 10.0.0.0/8,127.0.0.1); "true" is refused because it trusts an address the client wrote';

const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const v = value.trim();
  if (v === 'false' || v === '0') return false;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  if (v !== 'true' && entries.every(isProxyAddress)) return entries;
  ctx.addIssue({ code: 'custom', message: TRUST_PROXY_MESSAGE });
  return z.NEVER;
});

const rateLimitVariables = Object.fromEntries(
  (Object.keys(RATE_LIMIT_DEFAULTS) as RateLimitKind[]).map((kind) => [
    `RATE_LIMIT_${kind}`,
    rateLimit(kind).optional(),
  ]),
) as Record<`RATE_LIMIT_${RateLimitKind}`, z.ZodOptional<ReturnType<typeof rateLimit>>>;

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'NODE_ENV must be one of development, test, production',
    })
    .default('development'),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  PORT: port('PORT', 3000),
  PUBLIC_URL: httpUrl('PUBLIC_URL').optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1, 'DATA_DIR must not be empty').optional(),
  EMBEDDED_DATABASE_PORT: port('EMBEDDED_DATABASE_PORT', 54329),
  SEED_DEMO: booleanFlag('SEED_DEMO').optional(),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'LOG_FORMAT must be json or pretty' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  WEB_DIST_DIR: z.string().min(1, 'WEB_DIST_DIR must not be empty').optional(),
  SMTP_URL: z
    .string()
    .refine((value) => {
      try {
        return ['smtp:', 'smtps:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'SMTP_URL must be an SMTP URL such as smtp://user:password@mail.example.org:587')
    .optional(),
  MAIL_FROM: z.string().min(3, 'MAIL_FROM must be an address such as "Heritage CoP <no-reply@example.org>"').optional(),
  MAIL_REPLY_TO: z
    .string()
    .min(3, 'MAIL_REPLY_TO must be an address such as "Heritage CoP membership <membership@example.org>"')
    .optional(),
  JOBS_ENABLED: booleanFlag('JOBS_ENABLED').optional(),
  JOBS_CONCURRENCY: wholeNumber('JOBS_CONCURRENCY', 1, 32, 4),
  DIGESTS_ENABLED: booleanFlag('DIGESTS_ENABLED').optional(),
  GRAPHQL_COMPILED: booleanFlag('GRAPHQL_COMPILED').optional(),
  DATABASE_POOL_SIZE: wholeNumber('DATABASE_POOL_SIZE', 1, 200, DEFAULT_DATABASE_LIMITS.poolSize),
  DATABASE_ACQUIRE_TIMEOUT_MS: wholeNumber(
    'DATABASE_ACQUIRE_TIMEOUT_MS',
    1,
    600_000,
    DEFAULT_DATABASE_LIMITS.acquireTimeoutMs,
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: millis('DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.statementTimeoutMs),
  DATABASE_LOCK_TIMEOUT_MS: millis('DATABASE_LOCK_TIMEOUT_MS', DEFAULT_DATABASE_LIMITS.lockTimeoutMs),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: millis(
    'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
    DEFAULT_DATABASE_LIMITS.idleInTransactionTimeoutMs,
  ),
  TRUST_PROXY: trustProxy.optional(),
  ...rateLimitVariables,
  DEV_MAILBOX: booleanFlag('DEV_MAILBOX').optional(),
  LIVE_STREAMS_PER_MEMBER: wholeNumber('LIVE_STREAMS_PER_MEMBER', 1, 1000, 10),
  LIVE_REPLAY_MINUTES: wholeNumber('LIVE_REPLAY_MINUTES', 1, 1440, 60),
  LIVE_SESSION_CHECK_SECONDS: wholeNumber('LIVE_SESSION_CHECK_SECONDS', 1, 300, LIVE_LIMITS.sessionCheckSeconds),
  GEOCODER_URL: httpUrl('GEOCODER_URL').optional(),
  GEOCODER_TIMEOUT_MS: wholeNumber('GEOCODER_TIMEOUT_MS', 100, 60_000, 3_000),
  MAP_TILE_URL: z
    .string()
    .refine(
      (value) => /^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(value),
      'MAP_TILE_URL must be a tile URL template with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    )
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().min(1).max(300).optional(),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  dataDir: string;
  embeddedDatabasePort: number;
  /** Seed the demo community on first start (default: only with the embedded database). */
  seedDemo: boolean;
  logLevel: LogLevel;
  /** Where the JSON log goes: standard output unless a test captures it (never set from the environment). */
  logDestination?: { write(line: string): unknown };
  /** `pretty` (one line per entry, quiet boot) or pino's JSON lines. */
  logFormat: 'json' | 'pretty';
  webDistDir: string;
  /** Outgoing mail server. */
  smtpUrl?: string;
  /**
   * Keep mail in the development mailbox (/dev/mail) when there is no SMTP_URL. Off unless DEV_MAILBOX=true
   * (`npm start` sets it for the demo); refused in production. Shown only to requests from this machine.
   */
  devMailbox: boolean;
  mailFrom: string;
  /** Reply-To of the emails that invite a reply (MAIL_FROM is usually a no-reply address). */
  mailReplyTo?: string;
  /** Run the background job worker in this process (emails, reminders). */
  jobsEnabled: boolean;
  /** How many jobs this process's worker runs at once. */
  jobsConcurrency: number;
  /** Schedule the hourly email-digest run (default on, except NODE_ENV=test where tests run it on demand). */
  digestsEnabled: boolean;
  /** Run operations seen before as compiled code (graphql-jit); false runs every one with graphql-js. */
  graphqlCompiled: boolean;
  /** Pool size and the timeouts on every wait for the database. */
  database: DatabaseLimits;
  /**
   * Which X-Forwarded-For hops to trust (Express's `trust proxy`): false (the TCP peer is the client), a hop
   * count, or the proxies' addresses. The client address is the first untrusted hop from the right.
   */
  trustProxy: TrustProxy;
  rateLimits: Record<RateLimitKind, RateLimit>;
  /** Live updates: open event streams per member in one process, and how long the event log is kept for resuming. */
  live: { streamsPerMember: number; replayMinutes: number; sessionCheckSeconds: number };
  /**
   * Heritage offers: a geocoder with postcodes.io's API shape (GET <url>/postcodes/<postcode>). Unset: offers
   * are saved without a location; region filters work, distance search is off.
   */
  geocoderUrl?: string;
  geocoderTimeoutMs: number;
  /** The offers map's tile URL template and its attribution. Unset: no map, the list only. */
  mapTileUrl?: string;
  mapTileAttribution?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Treat empty strings as unset, as shells and .env files commonly leave them.
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const given = defined[name];
        const shown = name === 'DATABASE_URL' || name === 'SMTP_URL' || given === undefined ? '' : ` (got "${given}")`;
        return issue.message.startsWith(name) ? `${issue.message}${shown}` : `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const v = parsed.data;
  if (v.DEV_MAILBOX && v.NODE_ENV === 'production') {
    // The mailbox holds set-password links: a production server must send them, never keep them to show.
    throw new ConfigError(['DEV_MAILBOX must not be true in production: set SMTP_URL so emails are sent (got "true")']);
  }
  const root = findRepoRoot();
  return {
    env: v.NODE_ENV,
    isProduction: v.NODE_ENV === 'production',
    host: v.HOST,
    port: v.PORT,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, ''),
    databaseUrl: v.DATABASE_URL,
    dataDir: path.resolve(root, v.DATA_DIR ?? '.data'),
    embeddedDatabasePort: v.EMBEDDED_DATABASE_PORT,
    seedDemo: v.SEED_DEMO ?? v.DATABASE_URL === undefined,
    logLevel: v.LOG_LEVEL,
    // Pretty for a person at a terminal in development; JSON for production, pipes and log collectors.
    logFormat: v.LOG_FORMAT ?? (v.NODE_ENV === 'development' && process.stdout.isTTY ? 'pretty' : 'json'),
    webDistDir: path.resolve(root, v.WEB_DIST_DIR ?? 'web/dist'),
    smtpUrl: v.SMTP_URL,
    devMailbox: v.DEV_MAILBOX ?? false,
    mailFrom: v.MAIL_FROM ?? 'Heritage CoP <no-reply@heritage-cop.example>',
    mailReplyTo: v.MAIL_REPLY_TO,
    jobsEnabled: v.JOBS_ENABLED ?? true,
    jobsConcurrency: v.JOBS_CONCURRENCY,
    digestsEnabled: v.DIGESTS_ENABLED ?? v.NODE_ENV !== 'test',
    graphqlCompiled: v.GRAPHQL_COMPILED ?? true,
    trustProxy: v.TRUST_PROXY ?? false,
    database: {
      poolSize: v.DATABASE_POOL_SIZE,
      acquireTimeoutMs: v.DATABASE_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: v.DATABASE_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: v.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionTimeoutMs: v.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    geocoderUrl: v.GEOCODER_URL?.replace(/\/$/, ''),
    geocoderTimeoutMs: v.GEOCODER_TIMEOUT_MS,
    mapTileUrl: v.MAP_TILE_URL,
    mapTileAttribution: v.MAP_TILE_ATTRIBUTION,
    rateLimits: Object.fromEntries(
      (Object.keys(RATE_LIMIT_DEFAULTS) as RateLimitKind[]).map((kind) => [
        kind,
        v[`RATE_LIMIT_${kind}`] ?? RATE_LIMIT_DEFAULTS[kind],
      ]),
    ) as Record<RateLimitKind, RateLimit>,
    live: {
      streamsPerMember: v.LIVE_STREAMS_PER_MEMBER,
      replayMinutes: v.LIVE_REPLAY_MINUTES,
      sessionCheckSeconds: v.LIVE_SESSION_CHECK_SECONDS,
    },
  };
}

/** Dependency-injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
