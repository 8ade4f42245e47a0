import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../test/factories.js';
import { testClock } from '../../test/clock.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';

let app: TestApp;
let organs: { id: string; name: string }[];
let communityId: string;
beforeAll(async () => {
  app = await startTestApp();
  const dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  try {
    // Twice: loading the demo cases must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: false, today: testClock.today() });
  } finally {
    await dataSource.destroy();
  }
  const data = await must<{ communities: { id: string; name: string; organs: { id: string; name: string }[] }[] }>(
    app,
    '{ communities { id name organs { id name } } }',
  );
  const lofoten = data.communities.find((community) => community.name === 'Helsefellesskapet Lofoten, Vesterålen, Salten');
  communityId = lofoten?.id ?? '';
  organs = lofoten?.organs ?? [];
});
afterAll(() => app.close());

const organId = (name: string) => organs.find((organ) => organ.name === name)?.id ?? '';
const LIST = `query($id: ID!, $year: Int) { cases(organId: $id, year: $year) { totalCount nodes {
  reference title kind access archiveReference caseworkers content { recommendation linkedCases { reference } } } } }`;
interface Listed {
  reference: string;
  title: string | null;
  content: { recommendation: string[]; linkedCases: { reference: string }[] } | null;
}

describe('the demo cases of the seeds', () => {
  it('has SSU sak 26/2024 with its four recommended points and the three cases it lists', async () => {
    const data = await must<{ cases: { nodes: Listed[] } }>(app, LIST, { id: organId('Strategisk samarbeidsutvalg (SSU)'), year: 2024 });
    const ssu26 = data.cases.nodes.find((found) => found.reference === 'SSU sak 26/2024');
    expect(ssu26?.title).toBe('Helsefellesskapet 2024 - anbefalinger til partnerskapsmøtet');
    expect(ssu26?.content?.recommendation).toHaveLength(4);
    expect(ssu26?.content?.linkedCases.map((linked) => linked.reference)).toEqual([
      'SSU sak 3/2023',
      'SSU sak 34/2023',
      'Partnerskapsmøte sak 08-2023',
    ]);
  });

  it("has the partnership meeting's cases 10-2021 and 04-2022, and the hospital board's Styresak 052/2021", async () => {
    const meeting = await must<{ cases: { nodes: Listed[] } }>(app, LIST, { id: organId('Partnerskapsmøtet') });
    expect(meeting.cases.nodes.map((found) => found.reference)).toEqual(
      expect.arrayContaining(['Partnerskapsmøte sak 10-2021', 'Partnerskapsmøte sak 04-2022']),
    );
    const board = await must<{ cases: { nodes: Listed[] } }>(app, LIST, { id: organId('Styret i Nordlandssykehuset HF') });
    expect(board.cases.nodes.map((found) => found.reference)).toEqual(['Styresak 052/2021']);
  });

  it('shows the public only the public title of the exempt case', async () => {
    const data = await must<{ cases: { nodes: (Listed & { access: string })[] } }>(app, LIST, {
      id: organId('Strategisk samarbeidsutvalg (SSU)'),
      year: 2024,
    });
    const exempt = data.cases.nodes.find((found) => found.access === 'EXEMPT');
    expect(exempt).toMatchObject({ title: 'Tilsetting av interkommunal samhandlingsleder', content: null });
  });

  it("links the action plan's free-text reference to the case it names", async () => {
    const data = await must<{
      community: { actionPlans: { prolongedByCase: string | null; prolongedByCaseLink: { reference: string } | null }[] };
    }>(app, 'query($id: ID!) { community(id: $id) { actionPlans { prolongedByCase prolongedByCaseLink { reference } } } }', {
      id: communityId,
    });
    expect(data.community.actionPlans).toContainEqual({
      prolongedByCase: 'SSU sak 26/2024',
      prolongedByCaseLink: { reference: 'SSU sak 26/2024' },
    });
  });
});
