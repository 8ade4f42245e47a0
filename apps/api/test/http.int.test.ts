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

describe('HTTP that never shows internals', () => {
  /** Posts a raw body to /graphql, as a careless or hostile client would. */
  async function post(body: string | Uint8Array, contentType = 'application/json') {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
  }

  function expectJsonError(answer: { contentType: string; text: string }, code: string, reason: string) {
    expect(answer.contentType).toMatch(/application\/json/);
    expect(answer.text).not.toMatch(/<html|<pre>|at \w+ \(|node_modules/i);
    const body = JSON.parse(answer.text) as { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, reason });
  }

  it('answers malformed JSON with a JSON error and 400, not an HTML page with a stack trace', async () => {
    const answer = await post('{"query": "{ communities { id } }"');
    expect(answer.status).toBe(400);
    expectJsonError(answer, 'BAD_REQUEST', 'MALFORMED_REQUEST');
  });

  it('answers a charset it cannot read with a JSON error and 415', async () => {
    const answer = await post('{"query": "{ communities { id } }"}', 'application/json; charset=latin1');
    expect(answer.status).toBe(415);
    expectJsonError(answer, 'BAD_REQUEST', 'MALFORMED_REQUEST');
  });

  it('answers an oversized body with a JSON error and 413', async () => {
    const answer = await post(JSON.stringify({ query: '{ communities { id } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expectJsonError(answer, 'BAD_REQUEST', 'REQUEST_TOO_LARGE');
  });

  it('answers persisted queries with the standard PERSISTED_QUERY_ codes, never INTERNAL_SERVER_ERROR', async () => {
    const hash = 'a'.repeat(64);
    const requests = [
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      { extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
      { extensions: { persistedQuery: 'x' } },
    ];
    for (const request of requests) {
      const answer = await post(JSON.stringify(request));
      const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(request)).toMatch(/^PERSISTED_QUERY_NOT_(FOUND|SUPPORTED)$/);
    }
  });

  it('sends security headers on every response: API, health, UI routes and unknown paths', async () => {
    const responses = [
      await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ me { id } }"}',
      }),
      await fetch(`${app.url}/healthz`),
      await fetch(`${app.url}/no-such-path`),
      await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers an unknown path with a JSON 404, not an HTML page', async () => {
    const response = await fetch(`${app.url}/no-such-path`, { method: 'POST' });
    expect(response.status).toBe(404);
    const answer = { contentType: response.headers.get('content-type') ?? '', text: await response.text() };
    expectJsonError(answer, 'NOT_FOUND', 'NO_SUCH_PATH');
  });
});
