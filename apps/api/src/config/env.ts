import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDateInRange, DATE_RANGE } from '@helsefellesskap/calendar';
import { z } from 'zod';

/** The repository root, found from this file (src/config or dist/config). */
export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
    } catch {
      return false;
    }
  }, 'must be a URL such as postgres://user:password@host:5432/database');

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(4000),
  HOST: z.string().trim().min(1).optional(),
  DATABASE_URL: postgresUrl.optional(),
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  EMBEDDED_DATABASE_DIR: z
    .string()
    .trim()
    .min(1)
    .default(path.join(repositoryRoot, '.data', 'postgres')),
  DEMO_DATA: booleanFlag.optional(),
  ADMIN_DIST_DIR: z
    .string()
    .trim()
    .min(1)
    .default(path.join(repositoryRoot, 'apps', 'admin', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  STATEMENT_TIMEOUT_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(600_000).default(5_000),
  REQUEST_TIMEOUT_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(600_000).default(15_000),
  PUBLIC_URL: z.url({ message: 'must be a URL such as https://helsefellesskap.example.no' }).optional(),
  SESSION_TTL_HOURS: z.coerce
    .number({ message: 'must be a number' })
    .positive()
    .max(24 * 30)
    .default(12),
  SIGN_IN_THROTTLE_BASE_MS: z.coerce.number().int().min(0).default(250),
  COOKIE_SECURE: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  OIDC_ISSUER: z.url({ message: 'must be the URL of the identity provider (issuer)' }).optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).default('Entra ID'),
  OIDC_ALLOW_HTTP: booleanFlag.default(false),
  INVITATION_TTL_HOURS: z.coerce
    .number({ message: 'must be a number' })
    .positive()
    .max(24 * 30)
    .default(72),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number({ message: 'must be a number' })
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number({ message: 'must be a number' }).int().min(1).max(65535).default(587),
  SMTP_SECURE: booleanFlag.optional(),
  SMTP_USER: z.string().trim().min(1).optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, 'must be an address such as Helsefellesskap <noreply@example.no>')
    .optional(),
  MAIL_POLL_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(60_000).default(2_000),
  CLOCK_DATE: z.string().trim().refine(isDateInRange, `must be a date YYYY-MM-DD from ${DATE_RANGE.min} to ${DATE_RANGE.max}`).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  nodeEnv: Environment['NODE_ENV'];
  port: number;
  /** Unset: loopback while demo accounts exist, else every interface (see http/listen-host.ts). */
  host: string | undefined;
  /**
   * Either an external server or the embedded one started by the API itself. The application connects
   * as a role that owns nothing; migrations run as the owner of the schema (`migrationUrl`).
   */
  database: { kind: 'external'; url: string; migrationUrl: string } | { kind: 'embedded'; dataDir: string };
  /**
   * Where the analysts' reports and their exports read (a read replica, or a read-only role), so heavy
   * analysis never slows the secretariat's writes; null: they read through the application's connection.
   */
  readDatabaseUrl: string | null;
  /** Load the demo data at start; by default only on the embedded database. */
  loadDemoData: boolean;
  adminDistDir: string;
  logLevel: Environment['LOG_LEVEL'];
  shutdownTimeoutMs: number;
  /** What one request may cost in time: each SQL statement, and the whole request. */
  limits: { statementTimeoutMs: number; requestTimeoutMs: number };
  /** The date "today" is for this run (tests, demos); null: the machine's clock. Never in production. */
  clockDate: string | null;
  /** Where users reach the product; the OpenID Connect redirect is built from it. */
  publicUrl: string;
  auth: {
    sessionTtlMs: number;
    throttleBaseDelayMs: number;
    cookieSecure: boolean;
    trustProxy: boolean;
    /** Sign-in through the organisation's identity provider, when set up. */
    oidc: { issuer: string; clientId: string; clientSecret: string; name: string; allowHttp: boolean } | null;
    /** How long an invitation link, and a password reset link, can be used. */
    invitationTtlMs: number;
    passwordResetTtlMs: number;
  };
  mail: {
    /** Null: no SMTP server; mail stays in the outbox (shown at /dev/mail outside production). */
    smtp: { host: string; port: number; secure: boolean; user: string | null; password: string | null } | null;
    from: string;
    pollIntervalMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of process.env: parses once, lists every problem on its own line. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = source[name];
        return value === undefined ? `${name}: ${issue.message}` : `${name}: ${issue.message} (got "${redactUrl(value)}")`;
      }),
    );
  }
  const env = parsed.data;
  const oidcVariables = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidcVariables.some(Boolean) && !oidcVariables.every(Boolean)) {
    throw new ConfigError([
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three to sign in through an identity provider, or none',
    ]);
  }
  if ((env.SMTP_USER || env.SMTP_PASSWORD) && !env.SMTP_HOST) {
    throw new ConfigError(['SMTP_USER and SMTP_PASSWORD: set SMTP_HOST too, or neither']);
  }
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
    throw new ConfigError(['MIGRATION_DATABASE_URL: set DATABASE_URL too (the embedded database makes its own roles)']);
  }
  if (env.CLOCK_DATE && env.NODE_ENV === 'production') {
    throw new ConfigError(['CLOCK_DATE: only for tests and demos; a production server takes today from its own clock']);
  }
  const database: Config['database'] = env.DATABASE_URL
    ? { kind: 'external', url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL }
    : { kind: 'embedded', dataDir: path.resolve(env.EMBEDDED_DATABASE_DIR) };
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database,
    readDatabaseUrl: env.DATABASE_READ_URL ?? null,
    loadDemoData: env.DEMO_DATA ?? database.kind === 'embedded',
    adminDistDir: path.resolve(env.ADMIN_DIST_DIR),
    logLevel: env.LOG_LEVEL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    limits: { statementTimeoutMs: env.STATEMENT_TIMEOUT_MS, requestTimeoutMs: env.REQUEST_TIMEOUT_MS },
    clockDate: env.CLOCK_DATE ?? null,
    publicUrl,
    auth: {
      sessionTtlMs: env.SESSION_TTL_HOURS * 60 * 60 * 1000,
      throttleBaseDelayMs: env.SIGN_IN_THROTTLE_BASE_MS,
      cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
      trustProxy: env.TRUST_PROXY,
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
          ? {
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              name: env.OIDC_NAME,
              allowHttp: env.OIDC_ALLOW_HTTP,
            }
          : null,
      invitationTtlMs: env.INVITATION_TTL_HOURS * 60 * 60_000,
      passwordResetTtlMs: env.PASSWORD_RESET_TTL_MINUTES * 60_000,
    },
    mail: {
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE ?? env.SMTP_PORT === 465,
            user: env.SMTP_USER ?? null,
            password: env.SMTP_PASSWORD ?? null,
          }
        : null,
      from: env.MAIL_FROM ?? `Helsefellesskap <noreply@${new URL(publicUrl).hostname}>`,
      pollIntervalMs: env.MAIL_POLL_INTERVAL_MS,
    },
  };
}

/**
 * Only CLOCK_DATE, for code that needs the run's date without the whole configuration (the test suite).
 * Throws ConfigError like loadConfig.
 */
export function clockDateOf(source: NodeJS.ProcessEnv = process.env): string | null {
  return loadConfig({ NODE_ENV: source.NODE_ENV === 'production' ? 'production' : undefined, CLOCK_DATE: source.CLOCK_DATE }).clockDate;
}

/** Never print a password from a connection string. */
export function redactUrl(value: string): string {
  return value.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
