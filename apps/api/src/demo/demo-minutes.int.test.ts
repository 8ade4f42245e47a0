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
    // Twice: loading the demo minutes must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
  } finally {
    await dataSource.destroy();
  }
  const data = await must<{ communities: { id: string; name: string }[] }>(app, '{ communities { id name } }');
  communityId = data.communities.find((community) => community.name === 'Helsefellesskapet Lofoten, Vesterålen, Salten')?.id ?? '';
});
afterAll(() => app.close());

interface Organs {
  community: {
    organs: {
      name: string;
      meetings: {
        date: string;
        state: string;
        minutes: { state: string; approvedBySilence: boolean | null; publishedLate: boolean; body: string } | null;
      }[];
    }[];
  };
}

describe('the demo minutes', () => {
  it("has LoVeSa SSU's most recent held meeting's minutes sent the day after, approved by silence and published in time", async () => {
    const secretariat = await signInAs(app, { role: 'SECRETARIAT', communityId });
    const year = yearOf(testClock.today());
    const meetings = [];
    for (const shown of [year - 1, year]) {
      const data = await must<Organs>(
        app,
        `query($id: ID!, $year: Int) { community(id: $id) { organs { name meetings(year: $year) { date state
          minutes { state approvedBySilence publishedLate body } } } } }`,
        { id: communityId, year: shown },
        secretariat,
      );
      meetings.push(...(data.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)')?.meetings ?? []));
    }
    const held = meetings.filter((meeting) => meeting.state === 'HELD');
    const latest = held.at(-1);
    expect(latest?.minutes?.body).toContain('Protokoll fra møte i Strategisk samarbeidsutvalg (SSU)');
    // Sent the morning after the meeting: published once four days have passed, else still awaiting objections.
    if (latest?.minutes?.state === 'PUBLISHED') {
      expect(latest.minutes).toMatchObject({ approvedBySilence: true, publishedLate: false });
    } else {
      expect(latest?.minutes?.state).toBe('SENT');
    }
    expect(held.filter((meeting) => meeting.minutes !== null)).toHaveLength(1);
  });
});
