import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createErrorFormatter } from './common/format-error.js';
import { nulByteGuard } from './common/nul-byte-guard.js';
import { createContext, type Context } from './context.js';
import type { Logger } from './logging/logger.js';
import type { Services } from './services.js';

export interface AppOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  logger: Logger;
  production: boolean;
  /** The built admin UI, served at `/`; absent in API-only set-ups. */
  adminDistDir?: string;
}

export interface App {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { schema, dataSource, services, logger, production } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), nulByteGuard<Context>()],
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
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve(createContext(services, logger)) }),
  );
  if (options.adminDistDir) serveAdminUi(app, options.adminDistDir, logger);

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

function serveAdminUi(app: express.Express, distDir: string, logger: Logger): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    logger.warn({ distDir }, 'admin UI is not built; run `npm run build` to serve it at /');
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(distDir, { index: false }));
  // Client-side routes: every other GET that wants a page gets the app shell.
  app.get(/^\/(?!graphql|healthz|readyz).*/, (request, response, next) => {
    if (!request.accepts('html')) return next();
    response.sendFile(indexFile, (error) => {
      if (error) response.status(503).type('text/plain').send('The admin UI is not built. Run `npm run build`.');
    });
  });
}
