import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSchemaFile } from '../src/schema-file.js';
import { startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('HTTP endpoint', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves queries over GET and refuses mutations over GET, as GraphQL over HTTP says', async () => {
    const query = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ communities { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(query.status).toBe(200);
    expect(query.headers.get('content-type')).toMatch(/application\/json/);
    const mutation = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent('mutation { createCommunity(input: { name: "x", shortName: "x" }) { id } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(mutation.status).toBe(405);
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ communities { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses a NUL byte in variables and in literals before it reaches PostgreSQL', async () => {
    const inVariables = await app.gql(`mutation($name: String!) { createCommunity(input: { name: $name, shortName: "x" }) { id } }`, {
      name: 'a\u0000b',
    });
    expect(inVariables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inLiteral = await app.gql(`mutation { createCommunity(input: { name: "a\\u0000b", shortName: "x" }) { id } }`);
    expect(inLiteral.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inLiteral.status).toBe(400);
  });

  it('never answers a wrong id with INTERNAL_SERVER_ERROR', async () => {
    for (const id of ['', 'x', '00000000-0000-0000-0000-00000000000g', "' OR 1=1 --", '9'.repeat(500)]) {
      const response = await app.gql(`query($id: ID!) { community(id: $id) { id } }`, { id });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('has the committed schema.graphql in step with the resolvers', async () => {
    const committed = await fs.readFile(path.resolve(import.meta.dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed, 'schema.graphql is stale: run `npm run emit-schema --workspace @helsefellesskap/api`').toBe(await printSchemaFile());
  });

  it('refuses queries that are too deep, have too many aliases or too many tokens, with a GraphQL error', async () => {
    const deep = `{ communities { partners { regionalCouncil { members { regionalCouncil { members { regionalCouncil { members { regionalCouncil { members { id } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: communities { id }`).join(' ')} }`;
    const tokens = `{ communities { ${'id '.repeat(6000)} } }`;
    for (const query of [deep, aliases, tokens]) {
      const response = await app.gql(query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|BAD_USER_INPUT/);
      expect(response.data ?? null).toBeNull();
    }
  });
});
