import { addDays, daysBetween } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFrom } from '../src/common/clock.js';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/demo/load-demo-accounts.js';
import { demoCalendar } from '../src/demo/load-demo-composition.js';
import { createLogger } from '../src/logging/logger.js';
import { seedDemoData } from '../src/runtime.js';
import { SCENARIO_DATES } from './clock.js';
import { must, signIn, type Session } from './factories.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { startTestApp, type TestApp } from './test-app.js';

const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const SEAT_5 = 'Kommunal representant 5 (Indre Helgeland)';

/**
 * The key scenarios on other dates than today, in every run: the demo as loaded on that date (in a
 * database of its own) and the API asked on that date. The demo's first terms ended on 2026-12-31, after
 * which every SSU seat showed as vacant; nothing here may depend on when the suite runs.
 */
describe.each(SCENARIO_DATES)('on %s', (date) => {
  let database: ScratchDatabase;
  let app: TestApp;
  let communityIds: Map<string, string>;
  const { term, previousTerm } = demoCalendar(date);

  beforeAll(async () => {
    database = await createScratchDatabase(`demo ${date}`);
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: date });
    } finally {
      await dataSource.destroy();
    }
    app = await startTestApp({ databaseUrl: database.url, clock: clockFrom(date) });
    const { communities } = await must<{ communities: { id: string; name: string }[] }>(app, '{ communities { id name } }');
    communityIds = new Map(communities.map((community) => [community.name, community.id]));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const session = async (email: string): Promise<Session> => ({ ...(await signIn(app, email, DEMO_PASSWORD)), email, userId: '' });

  it('tells the client the date it runs at', async () => {
    expect(await must<{ today: string }>(app, '{ today }')).toEqual({ today: date });
  });

  it("fills every seat of Helgeland's SSU today, 7 + 7 with a chair, with the previous term behind it", async () => {
    expect(term.startsOn <= date && date <= term.endsOn).toBe(true);
    const data = await must<{
      community: {
        organs: {
          name: string;
          vacancies: { label: string }[];
          parity: { balanced: boolean; hospitalVotingMembers: number; municipalVotingMembers: number };
          members: { role: string; seat: { side: string } }[];
          before: { role: string; seat: { side: string } }[];
          seats: { label: string; history: { role: string; startsOn: string; endsOn: string | null }[] }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!, $before: LocalDate!) { community(id: $id) { organs { name
        vacancies { label } parity { balanced hospitalVotingMembers municipalVotingMembers }
        members { role seat { side } } before: members(at: $before) { role seat { side } }
        seats { label history { role startsOn endsOn } } } } }`,
      { id: communityIds.get('Helsefellesskap Helgeland'), before: previousTerm.endsOn },
    );
    const ssu = data.community.organs.find((organ) => organ.name === SSU);
    expect(ssu?.vacancies).toEqual([]);
    expect(ssu?.parity).toEqual({ balanced: true, hospitalVotingMembers: 7, municipalVotingMembers: 7 });
    expect(ssu?.members.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side)).toEqual(['MUNICIPAL']);
    expect(ssu?.members.filter((member) => member.role === 'PERSONAL_DEPUTY')).toHaveLength(7);
    // History: the chair of the previous term came from the hospital; seat 5 had another member and deputy.
    expect(ssu?.before.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side)).toEqual(['HOSPITAL']);
    expect(ssu?.seats.find((seat) => seat.label === SEAT_5)?.history).toEqual(
      expect.arrayContaining([
        { role: 'MEMBER', ...previousTerm },
        { role: 'PERSONAL_DEPUTY', ...previousTerm },
        { role: 'MEMBER', ...term },
        { role: 'PERSONAL_DEPUTY', ...term },
      ]),
    );
  });

  it("lists a regional council's terms that end soon, counted from today", async () => {
    const council = await session('ihr@helgeland.demo');
    const endingSoon = `query($communityId: ID!, $withinDays: Int!) { appointmentsEndingSoon(communityId: $communityId, withinDays: $withinDays) {
      role endsOn seat { label } } }`;
    const untilTermEnd = daysBetween(date, term.endsOn);
    const within = (withinDays: number) =>
      must<{ appointmentsEndingSoon: { role: string; endsOn: string; seat: { label: string } }[] }>(
        app,
        endingSoon,
        { communityId: communityIds.get('Helsefellesskap Helgeland'), withinDays },
        council,
      );
    const atTermEnd = (await within(untilTermEnd)).appointmentsEndingSoon;
    expect(atTermEnd.filter((appointment) => appointment.seat.label === SEAT_5)).toEqual([
      { role: 'MEMBER', endsOn: term.endsOn, seat: { label: SEAT_5 } },
      { role: 'PERSONAL_DEPUTY', endsOn: term.endsOn, seat: { label: SEAT_5 } },
    ]);
    expect(atTermEnd.every((appointment) => appointment.endsOn >= date && appointment.endsOn <= addDays(date, untilTermEnd))).toBe(true);
    expect((await within(untilTermEnd - 1)).appointmentsEndingSoon).toEqual([]);
  });

  it("draws the action plan's dashboard up to today, the plan's own years as they were", async () => {
    const lofoten = communityIds.get('Helsefellesskapet Lofoten, Vesterålen, Salten');
    const data = await must<{
      community: {
        actionPlans: {
          title: string;
          focusAreas: { number: number; status: string }[];
          progressOverTime: { date: string; focusAreaNumber: number; averageProgress: number | null }[];
          statusReport: { frozen: boolean; content: { cutOffDate: string } };
        }[];
      };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { actionPlans { title focusAreas { number status }
        progressOverTime { date focusAreaNumber averageProgress } statusReport(year: 2023) { frozen content } } } }`,
      { id: lofoten },
    );
    const [plan] = data.community.actionPlans;
    expect(plan?.title).toBe('Handlingsplan 2022–2024');
    // Past their end dates, unfinished measures are delayed; the first area has no measures.
    expect(plan?.focusAreas).toEqual([
      { number: 1, status: 'NOT_STARTED' },
      { number: 2, status: 'DELAYED' },
      { number: 3, status: 'DELAYED' },
    ]);
    const dates = [...new Set(plan?.progressOverTime.map((point) => point.date))];
    expect(dates[0]).toBe('2022-03-31');
    expect(dates).toContain('2024-12-31');
    expect(dates.every((point) => point <= date)).toBe(true);
    expect(dates).toEqual([...dates].sort());
    expect(plan?.progressOverTime.find((point) => point.date === '2024-12-31' && point.focusAreaNumber === 2)?.averageProgress).toBe(85);
    expect(plan?.statusReport).toMatchObject({ frozen: true, content: { cutOffDate: '2023-12-31' } });
  });
});
