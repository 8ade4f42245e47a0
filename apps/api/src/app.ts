import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { DataSource } from 'typeorm';
import { createErrorFormatter } from './common/format-error.js';
import { nulByteGuard } from './common/nul-byte-guard.js';
import { createContext, type Context } from './context.js';
import { jitExecutor } from './http/executor.js';
import { jsonErrorHandler, notFoundHandler } from './http/json-errors.js';
import { queryCostLimit } from './http/query-cost.js';
import { callerOf, requestCaller } from './http/request-caller.js';
import { operationDeadline, requestDeadline, withOperationDeadline } from './http/request-deadline.js';
import { securityHeaders } from './http/security-headers.js';
import type { Logger } from './logging/logger.js';
import { createOidcRouter, OIDC_LOGIN_PATH, type OidcSettings } from './modules/auth/oidc.router.js';
import { sessionCookieOf } from './modules/auth/session-cookie.js';
import { createStatusReportRouter } from './modules/action-plan/status-report.router.js';
import { createAllocationExportRouter } from './modules/cost-sharing/allocation-export.router.js';
import { createCaseAttachmentRouter } from './modules/case/case-attachment.router.js';
import { createDecisionRecordRouter } from './modules/decision/decision-record.router.js';
import { createDevMailboxRouter } from './modules/mail/dev-mailbox.router.js';
import { createMeetingNoticeRouter } from './modules/meeting-notice/meeting-notice.router.js';
import { createMinutesRouter } from './modules/minutes/minutes.router.js';
import { createPublicCalendarRouter } from './modules/public-calendar/public-calendar.router.js';
import { createReportExportRouter } from './modules/reports/report-export.router.js';
import type { Services } from './services.js';

/** The largest JSON body accepted (1 MiB): documents are token-limited, variables need little. */
const BODY_LIMIT_BYTES = 1024 * 1024;
/** A client has this long to send its headers, and this long for the whole request (slow senders hold a socket). */
const HEADERS_TIMEOUT_MS = 10_000;
const RECEIVE_TIMEOUT_MS = 30_000;
/** A request's time budget unless the caller says otherwise (REQUEST_TIMEOUT_MS). */
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface AppOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  logger: Logger;
  production: boolean;
  /** What one request may cost in time (default 15 s); SQL statements are limited by the data source. */
  limits?: { requestTimeoutMs: number };
  /**
   * What runs operations: graphql-jit (the default, ADR 0015) or graphql-js's interpreter, the
   * reference a test compares graphql-jit's answers with.
   */
  executor?: 'jit' | 'graphql-js';
  /** The built admin UI, served at `/`; absent in API-only set-ups. */
  adminDistDir?: string;
  auth: {
    publicUrl: string;
    cookieSecure: boolean;
    /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
    trustProxy: boolean;
    oidc: OidcSettings | null;
  };
}

export interface App {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { schema, dataSource, services, logger, production, auth } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', auth.trustProxy);
  const requestTimeoutMs = options.limits?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  app.use(securityHeaders({ https: auth.cookieSecure }));
  app.use(requestDeadline(requestTimeoutMs, logger));
  const httpServer = http.createServer(app);
  httpServer.headersTimeout = HEADERS_TIMEOUT_MS;
  httpServer.requestTimeout = RECEIVE_TIMEOUT_MS;

  // Limits on depth, aliases and directives; field suggestions hidden in production. Tokens are
  // limited by graphql-js's parser itself (parseOptions), which Apollo answers with 400 like any parse
  // error. The cost, counting list sizes, by our own plugin (http/query-cost.ts): Armor's does not.
  // Armor's refusals are reported as validation errors (400), with the reason the UI translates.
  const tooCostly = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message, { extensions: { reason: 'REQUEST_TOO_COSTLY', params: {} } })),
    ],
  };
  const armor = new ApolloArmor({
    // Fragments count by what they select, not as an extra level, so clients may compose fragments freely.
    maxDepth: { n: 10, flattenFragments: true, ...tooCostly },
    costLimit: { enabled: false },
    maxAliases: { n: 20, ...tooCostly },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, ...tooCostly },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // GraphQL Armor's typings resolve Apollo's CommonJS build, ours the ESM one: same plugin, two declarations.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin<Context>[];
  const apollo = new ApolloServer<Context>({
    ...(options.executor === 'graphql-js'
      ? { schema: withOperationDeadline(schema) }
      : { gateway: jitExecutor(withOperationDeadline(schema)) }),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Automatic persisted queries are off: the UI sends whole documents, and an open cache would let
    // anyone store queries in the server's memory. Such requests get PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    // main.ts stops the server on SIGTERM/SIGINT, in order (requests, mail, database) and with exit code 0;
    // Apollo's own handlers would stop it too and then kill the process with the signal.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 5_000 },
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(logger),
    plugins: [
      ...armorPlugins,
      // Cache control, installed by default, runs a hook for every field of every answer (and makes Apollo
      // wrap every resolver) to compute cache hints we never give: answers are not cached (no-store below).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      nulByteGuard<Context>(),
      queryCostLimit<Context>(),
      operationDeadline<Context>(requestTimeoutMs),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  const identityProviders = auth.oidc ? [{ name: auth.oidc.name, signInUrl: OIDC_LOGIN_PATH }] : [];
  if (auth.oidc) {
    app.use(createOidcRouter(auth.oidc, { publicUrl: auth.publicUrl, cookieSecure: auth.cookieSecure, auth: services.auth, logger }));
  }
  app.use(['/graphql', '/api', '/exports'], requestCaller(services));
  app.use(createStatusReportRouter(services, logger));
  app.use(createAllocationExportRouter(services, logger));
  app.use(createCaseAttachmentRouter(services, logger));
  app.use(createMeetingNoticeRouter(services, logger));
  app.use(createMinutesRouter(services, logger));
  app.use(createDecisionRecordRouter(services, logger));
  app.use(createPublicCalendarRouter(services, logger, auth.publicUrl));
  app.use(createReportExportRouter(services, logger));
  if (!production) app.use(createDevMailboxRouter(services.repositories.mailOutbox));
  app.use(
    '/graphql',
    // Answers depend on the caller: no cache may keep them. (Apollo's cache control plugin, which said the same, is off.)
    noStore,
    express.json({ limit: BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => {
        const sessionCookie = sessionCookieOf(req, res, auth.cookieSecure);
        return Promise.resolve(
          createContext({
            caller: callerOf(req),
            client: { ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? null },
            sessionCookie,
            identityProviders,
            services,
            logger,
          }),
        );
      },
    }),
  );
  if (options.adminDistDir) serveAdminUi(app, options.adminDistDir, logger);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(logger, { bodyLimitBytes: BODY_LIMIT_BYTES }));

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () => apollo.stop(),
  };
}

const noStore: express.RequestHandler = (_request, response, next) => {
  response.set('cache-control', 'no-store');
  next();
};

function serveAdminUi(app: express.Express, distDir: string, logger: Logger): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    logger.warn({ distDir }, 'admin UI is not built; run `npm run build` to serve it at /');
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(distDir, { index: false }));
  // Client-side routes: every other GET that wants a page gets the app shell.
  app.get(/^\/(?!graphql|healthz|readyz|auth\/|api\/|ical\/|exports\/).*/, (request, response, next) => {
    if (!request.accepts('html')) return next();
    response.sendFile(indexFile, (error) => {
      if (error) response.status(503).type('text/plain').send('The admin UI is not built. Run `npm run build`.');
    });
  });
}
