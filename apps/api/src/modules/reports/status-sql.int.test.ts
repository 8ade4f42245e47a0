import { STATUS_LEVELS, effectiveMeasureStatus, findGaps, isActiveStatus, targetStatus } from '@helsefellesskap/status-schema';
import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../../database/data-source.js';
import { isOverdueSql, isStaleSql, measureStatusSql, targetStatusSql } from './status-sql.js';

/**
 * status-sql.ts must judge exactly as the status rules of `@helsefellesskap/status-schema` do. Every
 * combination of the inputs that matter to a rule (each status, no value, and dates before, on and
 * after the boundaries) goes through both, in one statement per rule, and the answers must agree row
 * for row.
 */
let dataSource: ReturnType<typeof createDataSource>;
beforeAll(async () => {
  dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
});
afterAll(() => dataSource.destroy());

const AS_OF = '2025-06-15';
/** No day, and days around `AS_OF`: long before, the day before, the day itself, the day after, long after. */
const DAYS = [null, addDays(AS_OF, -400), addDays(AS_OF, -1), AS_OF, addDays(AS_OF, 1), addDays(AS_OF, 400)];

/** Every combination of the given values, as objects. */
function grid<T extends Record<string, readonly unknown[]>>(axes: T): { [K in keyof T]: T[K][number] }[] {
  return Object.entries(axes).reduce<Record<string, unknown>[]>(
    (rows, [key, values]) => rows.flatMap((row) => values.map((value) => ({ ...row, [key]: value }))),
    [{}],
  ) as never;
}

/** Runs `expression` over the cases, given to PostgreSQL as arrays of the column types, in their order. */
async function judge<Case>(
  cases: readonly Case[],
  columns: { [name: string]: { type: string; value: (item: Case) => unknown } },
  expression: string,
): Promise<unknown[]> {
  const names = Object.keys(columns);
  const unnest = names.map((name, index) => `$${index + 1}::${columns[name]?.type}[]`).join(', ');
  const rows = await dataSource.query<{ answer: unknown }[]>(
    `SELECT ${expression} AS answer FROM unnest(${unnest}) WITH ORDINALITY AS c(${names.join(', ')}, n) ORDER BY n`,
    names.map((name) => cases.map((item) => columns[name]?.value(item))),
  );
  return rows.map((row) => row.answer);
}

describe('the status rules in SQL agree with @helsefellesskap/status-schema', () => {
  it('judges a measure’s status as effectiveMeasureStatus, for every reported status, progress and date', async () => {
    const cases = grid({ reported: [null, ...STATUS_LEVELS], progress: [null, 0, 1, 50, 99, 100], startsOn: DAYS, endsOn: DAYS });
    const sql = measureStatusSql({
      reported: 'reported',
      progress: 'progress',
      startsOn: 'starts_on',
      endsOn: 'ends_on',
      asOf: `'${AS_OF}'::date`,
    });
    const answers = await judge(
      cases,
      {
        reported: { type: 'text', value: (c) => c.reported },
        progress: { type: 'int', value: (c) => c.progress },
        starts_on: { type: 'date', value: (c) => c.startsOn },
        ends_on: { type: 'date', value: (c) => c.endsOn },
      },
      sql,
    );
    expect(cases.length).toBeGreaterThan(1000);
    const expected = cases.map((c) => effectiveMeasureStatus({ ...c, asOf: AS_OF }).status);
    expect(answers).toEqual(expected);
  });

  it('judges a target’s status as targetStatus, for every direction, value, start and due date', async () => {
    const cases = grid({
      baseline: [null, 10, 20],
      targetValue: [null, 10, 20, 30],
      latestValue: [null, 5, 10, 12.5, 15, 20, 25, 30, 35],
      startsOn: DAYS,
      dueDate: DAYS,
    });
    const sql = targetStatusSql({
      baseline: 'baseline',
      targetValue: 'target_value',
      latestValue: 'latest_value',
      startsOn: 'starts_on',
      dueDate: 'due_date',
      asOf: `'${AS_OF}'::date`,
    });
    const answers = await judge(
      cases,
      {
        baseline: { type: 'float8', value: (c) => c.baseline },
        target_value: { type: 'float8', value: (c) => c.targetValue },
        latest_value: { type: 'float8', value: (c) => c.latestValue },
        starts_on: { type: 'date', value: (c) => c.startsOn },
        due_date: { type: 'date', value: (c) => c.dueDate },
      },
      sql,
    );
    expect(cases.length).toBeGreaterThan(3000);
    // Pace is judged on the way: a start 400 days back and a due date 400 days ahead is half the time gone.
    expect(new Set(answers)).toEqual(new Set(['COMPLETED', 'DELAYED', 'NOT_STARTED', 'ON_TRACK', 'AT_RISK']));
    expect(answers).toEqual(cases.map((c) => targetStatus({ ...c, asOf: AS_OF })));
  });

  it('finds stale and overdue measures as findGaps and isActiveStatus do, for every status, start, update and threshold', async () => {
    const updates = [
      null,
      addDays(AS_OF, -400),
      addDays(AS_OF, -181),
      addDays(AS_OF, -180),
      addDays(AS_OF, -179),
      addDays(AS_OF, -30),
      AS_OF,
    ];
    const cases = grid({ status: STATUS_LEVELS, startsOn: DAYS, lastUpdateOn: updates, endsOn: DAYS, staleAfterDays: [1, 30, 180] });
    const asOf = `'${AS_OF}'::date`;
    const answers = await judge(
      cases,
      {
        status: { type: 'text', value: (c) => c.status },
        starts_on: { type: 'date', value: (c) => c.startsOn },
        last_update_on: { type: 'date', value: (c) => c.lastUpdateOn },
        ends_on: { type: 'date', value: (c) => c.endsOn },
        stale_after_days: { type: 'int', value: (c) => c.staleAfterDays },
      },
      `json_build_object('stale', ${isStaleSql({ status: 'status', startsOn: 'starts_on', lastUpdateOn: 'last_update_on', asOf, staleAfterDays: 'stale_after_days' })},
        'overdue', ${isOverdueSql('status', 'ends_on', asOf)})`,
    );
    const expected = cases.map((c) => ({
      stale: findGaps(
        {
          hasProfessionalCommittee: true,
          measures: [{ title: 'Tiltak', status: c.status, startsOn: c.startsOn, lastUpdateOn: c.lastUpdateOn }],
        },
        { asOf: AS_OF, staleAfterDays: c.staleAfterDays },
      ).some((gap) => gap.kind === 'STALE_MEASURE'),
      overdue: c.endsOn !== null && c.endsOn < AS_OF && isActiveStatus(c.status),
    }));
    expect(answers).toEqual(expected);
    expect(expected.filter((row) => row.stale).length).toBeGreaterThan(0);
  });
});
