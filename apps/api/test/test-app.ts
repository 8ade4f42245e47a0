import 'reflect-metadata';
import { inject } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { createApp, type App, type AppOptions } from '../src/app.js';
import type { Clock } from '../src/common/clock.js';
import { findFreePort } from '../src/common/free-port.js';
import { createDataSource, createReadDataSource } from '../src/database/data-source.js';
import { createLogger } from '../src/logging/logger.js';
import { createSmtpTransport } from '../src/modules/mail/mail-transport.js';
import { OutboxWorker, type OutboxWorkerSettings } from '../src/modules/mail/outbox-worker.js';
import type { OidcSettings } from '../src/modules/auth/oidc.router.js';
import { createSchema } from '../src/schema.js';
import { createServices, type Repositories } from '../src/services.js';
import { testClock } from './clock.js';
import { PasswordCheckProbe } from './password-check-probe.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: {
    message: string;
    extensions?: { code?: string; reason?: string; params?: Record<string, unknown>; field?: string; fields?: unknown[] };
  }[];
  /** The session cookie the server set, if any. */
  setCookie: string | null;
}

export interface TestApp {
  url: string;
  /** Direct database access, for setting up what the API itself cannot (the first users). */
  repositories: Repositories;
  /** Raw SQL, as the application's database role, for checking what PostgreSQL itself enforces. */
  sql<T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]>;
  /**
   * Sends one GraphQL operation over HTTP, as a client would; with `session`, as that signed-in user;
   * with `from`, from that client address (through X-Forwarded-For, when the app trusts a proxy).
   */
  gql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    session?: string,
    client?: { from?: string },
  ): Promise<GraphQLResponse<TData>>;
  /** Every password check the server makes, counted and holdable. */
  passwordChecks: PasswordCheckProbe;
  /** Runs `work` and counts the SQL statements the server ran meanwhile. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  oidc?: OidcSettings;
  throttleBaseDelayMs?: number;
  /** The port to listen on, when something else must know it first (an identity provider's redirect). */
  port?: number;
  /** Take the client address from X-Forwarded-For, so a test can sign in from an address of its own. */
  trustProxy?: boolean;
  /** Send the outbox to the test run's SMTP server (test/mailbox.ts reads what arrived). */
  mail?: boolean;
  /** Serve as in production (NODE_ENV=production). */
  production?: boolean;
  /** PostgreSQL's limit on each SQL statement (default 5 s, as in production). */
  statementTimeoutMs?: number;
  /** A request's time budget (default 15 s, as in production). */
  requestTimeoutMs?: number;
  /** Where "today" comes from (default: the run's clock, see test/clock.ts). */
  clock?: Clock;
  /** Where the reports read (as DATABASE_READ_URL; default: the application's connection). */
  readDatabaseUrl?: string;
  /** Another database of the suite's server (default: the suite's own). */
  databaseUrl?: string;
  /** Another schema than production's (default: `createSchema()`). */
  schema?: GraphQLSchema;
  /** Which executor runs operations (default: production's, graphql-jit). */
  executor?: AppOptions['executor'];
}

/** Quick polls and retries, so mail arrives soon; the tests wait for it to arrive, never for a time. */
export const TEST_OUTBOX_WORKER: OutboxWorkerSettings = {
  pollIntervalMs: 100,
  retryBaseMs: 50,
  retryMaxMs: 1_000,
  maxAttempts: 3,
  batchSize: 20,
};

/** An outbox worker that sends to the test run's SMTP server. */
export function testOutboxWorker(repositories: Repositories): OutboxWorker {
  const transport = createSmtpTransport(
    { host: '127.0.0.1', port: inject('smtpPort'), secure: false, user: null, password: null },
    'Helsefellesskap <noreply@test.example>',
  );
  return new OutboxWorker(repositories.mailOutbox, transport, createLogger('silent'), TEST_OUTBOX_WORKER);
}

/** The real API on a free port, against the suite's PostgreSQL (migrated once in global set-up). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  let statements = 0;
  const dataSource = createDataSource(
    options.databaseUrl ?? inject('databaseUrl'),
    () => {
      statements += 1;
    },
    options.statementTimeoutMs ?? 5_000,
  );
  await dataSource.initialize();
  const readDataSource = options.readDatabaseUrl
    ? createReadDataSource(
        options.readDatabaseUrl,
        () => {
          statements += 1;
        },
        options.statementTimeoutMs ?? 5_000,
      )
    : dataSource;
  if (readDataSource !== dataSource) await readDataSource.initialize();
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const passwordChecks = new PasswordCheckProbe();
  const services = createServices(
    dataSource,
    {
      sessionTtlMs: 60 * 60 * 1000,
      throttleBaseDelayMs: options.throttleBaseDelayMs ?? 0,
      verifyPassword: passwordChecks.verify,
      publicUrl: url,
    },
    options.clock ?? testClock,
    readDataSource,
  );
  const mailWorker = options.mail ? testOutboxWorker(services.repositories) : undefined;
  mailWorker?.start();
  const app: App = await createApp({
    schema: options.schema ?? (await createSchema()),
    dataSource,
    services,
    logger: createLogger('silent'),
    production: options.production ?? false,
    executor: options.executor,
    limits: options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : undefined,
    auth: { publicUrl: url, cookieSecure: false, trustProxy: options.trustProxy ?? false, oidc: options.oidc ?? null },
  });
  await app.listen(port, '127.0.0.1');
  return {
    url,
    repositories: services.repositories,
    sql: (query, parameters) => dataSource.query(query, parameters),
    passwordChecks,
    async gql(query, variables, session, client) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(session ? { cookie: session } : {}),
          ...(client?.from ? { 'x-forwarded-for': client.from } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'setCookie'>;
      return { status: response.status, setCookie: response.headers.get('set-cookie'), ...body } as never;
    },
    async countStatements(work) {
      const before = statements;
      const result = await work();
      return { result, statements: statements - before };
    },
    async close() {
      await mailWorker?.stop();
      await app.close();
      await dataSource.destroy();
      if (readDataSource !== dataSource) await readDataSource.destroy();
    },
  };
}
