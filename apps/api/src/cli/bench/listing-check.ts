import { isDeepStrictEqual } from 'node:util';

/**
 * Where two JSON values first differ (a path such as `communities[3].organs[0].seats`), or null when they
 * are equal: the raw baseline must return what the API returns, or the ratio compares unequal work.
 */
export function firstDifference(actual: unknown, expected: unknown, path = 'data'): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: ${actual.length} items against ${expected.length}`;
    for (const [index, item] of actual.entries()) {
      const found = firstDifference(item, expected[index], `${path}[${index}]`);
      if (found) return found;
    }
  }
  if (isObject(actual) && isObject(expected)) {
    for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
      const found = firstDifference(actual[key], expected[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(actual)?.slice(0, 200)} against ${JSON.stringify(expected)?.slice(0, 200)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
