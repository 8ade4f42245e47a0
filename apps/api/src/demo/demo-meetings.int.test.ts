import { yearOf } from '@helsefellesskap/calendar';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, signInAs } from '../../test/factories.js';
import { testClock } from '../../test/clock.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';

let app: TestApp;
let communityId: string;
beforeAll(async () => {
  app = await startTestApp();
  const dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  try {
    // Twice: loading the demo meetings must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
  } finally {
    await dataSource.destroy();
  }
  const data = await must<{ communities: { id: string; name: string }[] }>(app, '{ communities { id name } }');
  communityId = data.communities.find((community) => community.name === 'Helsefellesskapet Lofoten, Vesterålen, Salten')?.id ?? '';
});
afterAll(() => app.close());

const MEETINGS = `query($id: ID!, $year: Int!) { community(id: $id) { organs { name
  meetingPlan(year: $year) { adoptedOn warnings meetings { date state isOpen agenda { position case { reference } } } } } } }`;
interface Organs {
  community: {
    organs: {
      name: string;
      meetingPlan: {
        adoptedOn: string | null;
        warnings: string[];
        meetings: { date: string; state: string; isOpen: boolean; agenda: { position: number; case: { reference: string } }[] }[];
      };
    }[];
  };
}

describe('the demo meetings', () => {
  it("has the seeds' meetings at their dates with their cases on the agenda", async () => {
    const secretariat = await signInAs(app, { role: 'SECRETARIAT', communityId });
    const ssu2024 = await must<Organs>(app, MEETINGS, { id: communityId, year: 2024 }, secretariat);
    const ssu = ssu2024.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)');
    expect(ssu?.meetingPlan.meetings).toEqual([
      { date: '2024-12-04', state: 'HELD', isOpen: false, agenda: [{ position: 1, case: { reference: 'SSU sak 26/2024' } }] },
    ]);
    const partnership2021 = await must<Organs>(app, MEETINGS, { id: communityId, year: 2021 });
    const partnership = partnership2021.community.organs.find((organ) => organ.name === 'Partnerskapsmøtet');
    expect(partnership?.meetingPlan.meetings.map((meeting) => [meeting.date, meeting.agenda.map((item) => item.case.reference)])).toEqual([
      ['2021-09-23', ['Partnerskapsmøte sak 10-2021']],
    ]);
  });

  it("has this year's plan, adopted before the year, with SSU's four meetings", async () => {
    const data = await must<Organs>(app, MEETINGS, { id: communityId, year: yearOf(testClock.today()) });
    const ssu = data.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)');
    expect(ssu?.meetingPlan.warnings).toEqual([]);
    expect(ssu?.meetingPlan.adoptedOn).not.toBeNull();
  });
});
