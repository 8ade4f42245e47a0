import 'reflect-metadata';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInputType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminOperations } from '../cli/bench/admin-operations.js';
import { NATIONAL_LISTING } from '../cli/bench/page-operations.js';
import { createSchema } from '../schema.js';
import { LIST_BOUNDS, MAX_QUERY_COST, queryCost } from './query-cost.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('the cost of a request', () => {
  it('has a bound for every list field of the schema, and none for a field that is gone', () => {
    const listFields = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
      .filter(({ field }) => isListType(getNullableType(field.type)))
      .map(({ type, field }) => `${type.name}.${field.name}`)
      .sort();
    expect(Object.keys(LIST_BOUNDS).sort()).toEqual(listFields);
  });

  it('lets every operation of the admin UI through', () => {
    const operations = [...adminOperations().values()];
    expect(operations.length).toBeGreaterThan(20);
    const tooCostly = operations.flatMap(({ operation, document }) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((variable) => {
          const type = typeFromAST(schema, variable.type);
          return [variable.variable.name.value, type && isInputType(type) ? sampleOf(type) : null];
        }),
      );
      const cost = queryCost(schema, document, variables);
      return cost > MAX_QUERY_COST * 0.8 ? [`${operation.name?.value ?? '?'}: ${cost}`] : [];
    });
    // Some room below the limit, so the UI can grow a little before it meets it.
    expect(tooCostly).toEqual([]);
  });

  it("lets the nested listing of every community through (the bench's NationalListing)", () => {
    const cost = queryCost(schema, parse(NATIONAL_LISTING.query), { year: 2025, at: '2025-01-01' });
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
  });

  it('counts list sizes: a long range costs what it would return, aliases add up, nested lists multiply', () => {
    const progress = (until: string, aliases: number) =>
      parse(
        `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: actionPlan(id: "${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}") { progressOverTime(until: "${until}") { date focusAreaNumber status averageProgress } }`).join(' ')} }`,
      );
    // The probe (progress until 9999-12-31 under aliases) at the furthest date a LocalDate allows.
    expect(queryCost(schema, progress('2199-12-31', 20))).toBeGreaterThan(MAX_QUERY_COST);
    expect(queryCost(schema, progress('2199-12-31', 1))).toBeLessThan(MAX_QUERY_COST);
    const oneQuarterly = queryCost(schema, progress('2026-12-31', 1));
    expect(oneQuarterly).toBeLessThan(MAX_QUERY_COST / 20);
    expect(queryCost(schema, progress('2026-12-31', 20))).toBe(20 * oneQuarterly);

    const nested = parse(`{ communities { organs { seats { history { person { appointments { seat { history { id } } } } } } } } }`);
    expect(queryCost(schema, nested)).toBeGreaterThan(MAX_QUERY_COST);
    expect(queryCost(schema, parse('{ communities { id name } }'))).toBe(20 * 3);
  });
});

/** A value of a variable's type that passes coercion (the cost does not depend on it). */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleOf(field.type)]));
  }
  const samples: Record<string, unknown> = {
    ID: '00000000-0000-0000-0000-000000000000',
    String: 'x',
    Int: 2025,
    SafeInt: 1000,
    Float: 0.5,
    Boolean: false,
    LocalDate: '2025-01-01',
    DateTimeISO: '2025-01-01T00:00:00Z',
  };
  return samples[type.name] ?? null;
}
