import 'reflect-metadata';
import { inject } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { createDataSource } from '../src/database/data-source.js';
import { createLogger } from '../src/logging/logger.js';
import { createSchema } from '../src/schema.js';
import { createServices } from '../src/services.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApp {
  url: string;
  /** Sends one GraphQL operation over HTTP, as a client would. */
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Runs `work` and counts the SQL statements the server ran meanwhile. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

/** The real API on a free port, against the suite's PostgreSQL (migrated once in global set-up). */
export async function startTestApp(): Promise<TestApp> {
  let statements = 0;
  const dataSource = createDataSource(inject('databaseUrl'), () => {
    statements += 1;
  });
  await dataSource.initialize();
  const logger = createLogger('silent');
  const app: App = await createApp({
    schema: await createSchema(),
    dataSource,
    services: createServices(dataSource),
    logger,
    production: false,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) } as never;
    },
    async countStatements(work) {
      const before = statements;
      const result = await work();
      return { result, statements: statements - before };
    },
    async close() {
      await app.close();
      await dataSource.destroy();
    },
  };
}
