import { yearOf } from '@helsefellesskap/calendar';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, signInAs, type Session } from '../../test/factories.js';
import { testClock } from '../../test/clock.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';

let app: TestApp;
let communityId: string;
let secretariat: Session;
beforeAll(async () => {
  app = await startTestApp();
  const dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  try {
    // Twice: loading the demo decisions must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
  } finally {
    await dataSource.destroy();
  }
  const data = await must<{ communities: { id: string; name: string }[] }>(app, '{ communities { id name } }');
  communityId = data.communities.find((community) => community.name === 'Helsefellesskapet Lofoten, Vesterålen, Salten')?.id ?? '';
  secretariat = await signInAs(app, { role: 'SECRETARIAT', communityId });
});
afterAll(() => app.close());

const MEETINGS = `query($id: ID!, $year: Int!) { community(id: $id) { organs { name meetings(year: $year) { id } } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { date state
  attendance { name votes standsInForName } quorum { votingPresent quorate }
  decisions { kind text differsFromRecommendation caseReference counts { yes no abstain unanimous } votes { name vote } } } }`;
interface Meetings {
  community: { organs: { name: string; meetings: { id: string }[] }[] };
}
interface Meeting {
  meeting: {
    date: string;
    state: string;
    attendance: { name: string; votes: boolean; standsInForName: string | null }[];
    quorum: { votingPresent: number; quorate: boolean } | null;
    decisions: {
      kind: string;
      text: string | null;
      differsFromRecommendation: boolean | null;
      caseReference: string;
      counts: { yes: number; no: number; abstain: number; unanimous: boolean } | null;
      votes: { name: string; vote: string }[];
    }[];
  };
}

async function ssuMeetings(year: number) {
  const data = await must<Meetings>(app, MEETINGS, { id: communityId, year }, secretariat);
  const ids = data.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)')?.meetings ?? [];
  const meetings: Meeting['meeting'][] = [];
  for (const { id } of ids) meetings.push((await must<Meeting>(app, MEETING, { id }, secretariat)).meeting);
  return meetings;
}

describe('the demo decisions', () => {
  it('decides SSU sak 26/2024’s four points by consensus, as recommended, once', async () => {
    const [meeting] = await ssuMeetings(2024);
    expect(meeting?.decisions).toHaveLength(1);
    const decision = meeting?.decisions[0];
    expect(decision).toMatchObject({ kind: 'CONSENSUS', caseReference: 'SSU sak 26/2024', differsFromRecommendation: false });
    expect(decision?.text?.split('\n').map((line) => line.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ']);
    const [sent] = await app.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM meeting_notice_case nc JOIN case_file c ON c.id = nc.case_id WHERE c.reference = 'SSU sak 26/2024'`,
    );
    expect(sent?.count).toBe(1);
  });

  it('records the latest held SSU meeting’s attendance with a personal deputy standing in, and a split vote with each member’s vote', async () => {
    const held = (await ssuMeetings(yearOf(testClock.today()))).filter((meeting) => meeting.state === 'HELD');
    const latest = held.at(-1);
    // Early in January of a term's first year no SSU meeting of the term is held yet: nothing to record.
    if (!latest) return;
    expect(latest.attendance.filter((attendee) => attendee.standsInForName !== null)).toHaveLength(1);
    expect(latest.quorum).toMatchObject({ quorate: true, votingPresent: 14 });
    const vote = latest.decisions.find((decision) => decision.kind === 'VOTE');
    expect(vote?.counts).toEqual({ yes: 11, no: 2, abstain: 1, unanimous: false });
    expect(vote?.votes).toHaveLength(14);
    expect(held.slice(0, -1).every((meeting) => meeting.decisions.length === 0)).toBe(true);
  });
});
