import type { Page } from 'playwright-core';

/**
 * One GraphQL operation from the page, with its session: for setting up what other features' UIs do.
 * Its `data`, parsed; any error fails the test with the whole answer.
 */
export async function graphqlInPage(page: Page, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const answer = await page.evaluate(async (body) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.text();
  }, JSON.stringify({ query, variables }));
  const parsed: unknown = JSON.parse(answer);
  if (at(parsed, 'errors') !== undefined || at(parsed, 'data') === undefined) throw new Error(`GraphQL failed: ${answer}`);
  return at(parsed, 'data');
}

/** The value at a path in parsed JSON, checked rather than cast. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([name]) => name === String(key))?.[1];
  }
  return current;
}

/** Parsed JSON as a list: empty when it is not one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The id of the item of a list (parsed JSON) whose `name` is `name`. */
export function idNamed(items: unknown, name: string): string {
  const id = at(
    list(items).find((item) => at(item, 'name') === name),
    'id',
  );
  if (typeof id !== 'string') throw new Error(`Nothing named ${name}`);
  return id;
}
