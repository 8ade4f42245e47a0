import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, signInAs } from '../../../test/factories.js';
import { createScratchDatabase, type ScratchDatabase } from '../../../test/scratch-database.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { fixedClock } from '../../common/clock.js';
import { createDataSource } from '../../database/data-source.js';
import { createLogger } from '../../logging/logger.js';
import { seedNationalData, type NationalScale, type NationalSummary } from './seed-national.js';

/**
 * A fixed day, so nothing depends on when the suite runs: the fifth day of a term (2027–2028), when the
 * last full year's quarters are all reported and its report is frozen before February comes.
 */
const TODAY = '2027-01-05';
const SCALE: NationalScale = {
  communities: 2,
  municipalitiesPerCommunity: 4,
  populationYears: 10,
  terms: 2,
  measuresPerPlan: 6,
  statusYears: 1,
};

interface Organ {
  name: string;
  vacancies: { label: string }[];
  parity: { balanced: boolean; hospitalVotingMembers: number; municipalVotingMembers: number };
  members: { role: string; person: { id: string }; seat: { label: string; side: string } }[];
  before: { role: string; seat: { side: string } }[];
}
interface Community {
  id: string;
  name: string;
  partners: { kind: string; municipalityNumber: string | null; populations: { year: number }[] }[];
  regionalCouncils: { members: { name: string }[] }[];
  organs: Organ[];
}

describe('the national data set, at a small scale', () => {
  let database: ScratchDatabase;
  let app: TestApp;
  let first: NationalSummary;
  let second: NationalSummary;
  let communities: Community[];

  beforeAll(async () => {
    database = await createScratchDatabase('national');
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      first = await seedNationalData(dataSource, createLogger('silent'), { today: TODAY, scale: SCALE });
      second = await seedNationalData(dataSource, createLogger('silent'), { today: TODAY, scale: SCALE });
    } finally {
      await dataSource.destroy();
    }
    app = await startTestApp({ databaseUrl: database.url, clock: fixedClock(TODAY) });
    ({ communities } = await must<{ communities: Community[] }>(
      app,
      `query($before: LocalDate!) { communities { id name
        partners { kind municipalityNumber populations { year } }
        regionalCouncils { members { name } }
        organs { name vacancies { label } parity { balanced hospitalVotingMembers municipalVotingMembers }
          members { role person { id } seat { label side } } before: members(at: $before) { role seat { side } } } } }`,
      { before: '2026-12-31' },
    ));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('holds the communities asked for, each with a hospital trust and its municipalities in regional councils', () => {
    expect(communities).toHaveLength(SCALE.communities);
    for (const community of communities) {
      expect(community.name).toMatch(/^Helsefellesskapet /);
      expect(community.partners.filter((partner) => partner.kind === 'HOSPITAL_TRUST')).toHaveLength(1);
      const municipalities = community.partners.filter((partner) => partner.kind === 'MUNICIPALITY');
      expect(municipalities.length).toBeGreaterThanOrEqual(SCALE.municipalitiesPerCommunity - 1);
      expect(community.regionalCouncils.flatMap((council) => council.members)).toHaveLength(municipalities.length);
    }
  });

  it('gives every municipality a unique four-digit number and a population for each of the last ten years', () => {
    const municipalities = communities.flatMap((community) => community.partners).filter((partner) => partner.kind === 'MUNICIPALITY');
    const numbers = municipalities.map((municipality) => municipality.municipalityNumber);
    expect(numbers.every((number) => /^\d{4}$/.test(number ?? ''))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const municipality of municipalities) {
      expect(municipality.populations.map((figure) => figure.year).sort()).toEqual(
        Array.from({ length: 10 }, (_, offset) => 2018 + offset),
      );
    }
  });

  it('fills every SSU seat today, 7 + 7 with personal deputies and a chair, and the chair came from the other side last term', () => {
    for (const community of communities) {
      const ssu = community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)');
      expect(ssu?.vacancies).toEqual([]);
      expect(ssu?.parity).toEqual({ balanced: true, hospitalVotingMembers: 7, municipalVotingMembers: 7 });
      const members = ssu?.members ?? [];
      expect(members.filter((member) => member.role === 'PERSONAL_DEPUTY')).toHaveLength(7);
      expect(members.filter((member) => member.role === 'OBSERVER').length).toBeGreaterThan(0);
      const chair = members.filter((member) => member.role === 'CHAIR');
      const viceChair = members.filter((member) => member.role === 'VICE_CHAIR');
      expect(chair).toHaveLength(1);
      expect(viceChair.map((member) => member.seat.side)).not.toEqual(chair.map((member) => member.seat.side));
      const previousChair = ssu?.before.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side);
      expect(previousChair).toHaveLength(1);
      expect(previousChair).not.toEqual(chair.map((member) => member.seat.side));
      expect(community.organs.map((organ) => organ.name)).toEqual(
        expect.arrayContaining(['Partnerskapsmøtet', 'Samhandlingssekretariatet']),
      );
      expect(community.organs.some((organ) => organ.name.startsWith('FSU '))).toBe(true);
    }
  });

  it('posts a status for every quarter of each plan up to today, and freezes the report of each full year', async () => {
    const quarters = await app.sql<{ community: string; reportedOn: string[] }>(
      `SELECT c.name AS community, array_agg(DISTINCT u.reported_on::text ORDER BY u.reported_on::text) AS "reportedOn"
       FROM community c JOIN status_update u ON u.community_id = c.id AND u.measure_id IS NOT NULL GROUP BY c.name`,
    );
    expect(quarters).toHaveLength(SCALE.communities);
    for (const { reportedOn } of quarters) expect(reportedOn).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(first.measures).toBe(SCALE.communities * SCALE.measuresPerPlan);
    expect(first.frozenReports).toBe(SCALE.communities * SCALE.statusYears);
    expect(first.budgets).toBe(SCALE.communities * 3);
  });

  it('records every appointment and status update in the audit log, as the services do', async () => {
    const [audited] = await app.sql<{ appointments: number; updates: number }>(
      `SELECT count(*) FILTER (WHERE entity_type = 'Appointment' AND action = 'CREATE')::int AS appointments,
              count(*) FILTER (WHERE entity_type = 'StatusUpdate')::int AS updates FROM audit_event`,
    );
    expect(audited).toEqual({ appointments: first.appointments, updates: first.statusUpdates });
  });

  it('holds two years of held meetings with decisions, minutes, attendance and follow-up, which the reports count', async () => {
    const [counts] = await app.sql<Record<string, number>>(
      `SELECT (SELECT count(*) FROM meeting WHERE state = 'HELD')::int AS meetings, (SELECT count(*) FROM decision)::int AS decisions,
         (SELECT count(*) FROM minutes)::int AS minutes, (SELECT count(*) FROM meeting_attendance)::int AS attendance,
         (SELECT count(*) FROM follow_up)::int AS "followUp"`,
    );
    // Two organs a community, four meetings a year for two years, six cases each.
    expect(counts).toMatchObject({ meetings: 2 * 2 * 8, decisions: 2 * 2 * 8 * 6, minutes: 2 * 2 * 8 });
    expect(counts?.attendance).toBeGreaterThan(0);
    expect(counts?.followUp).toBeGreaterThan(0);
    const analyst = await signInAs(app, { role: 'NATIONAL_ANALYST' });
    const filter = { from: '2025-01-01', to: '2026-12-31' };
    const data = await must<{
      reports: { casesAndMeetings: { organs: { decisions: number }[] }; followUp: { municipalities: { adopted: number }[] } };
    }>(
      app,
      `query($filter: ReportFilter!) { reports { casesAndMeetings(filter: $filter) { organs { decisions } } followUp(filter: $filter) { municipalities { adopted } } } }`,
      { filter },
      analyst,
    );
    expect(data.reports.casesAndMeetings.organs.reduce((sum, row) => sum + row.decisions, 0)).toBe(2 * 2 * 8 * 6);
    expect(data.reports.followUp.municipalities.some((row) => row.adopted > 0)).toBe(true);
  });

  it('adds nothing when run again, and says so', () => {
    expect(first.created).toBe(SCALE.communities);
    expect(second.created).toBe(0);
    expect(second.skipped).toBe(SCALE.communities);
    // Everything else counts the same as after the first run.
    expect(second).toEqual({ ...first, created: 0, skipped: SCALE.communities });
  });
});
