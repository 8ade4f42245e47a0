import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { seedDemoData } from '../runtime.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  try {
    // Twice: loading the demo data must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: true });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: true });
  } finally {
    await dataSource.destroy();
  }
});
afterAll(() => app.close());

type DemoCommunity = {
  id: string;
  name: string;
  partners: { name: string; kind: string; municipalityNumber: string | null; population: number | null }[];
  regionalCouncils: { name: string; members: { name: string }[] }[];
  organs: {
    name: string;
    kind: string;
    dissolvedOn: string | null;
    rules: { meetingsPerYear: number | null; caseSubmissionDeadlineDays: number | null; decisionRule: string };
  }[];
};

async function demoCommunities(): Promise<DemoCommunity[]> {
  const data = await must<{ communities: DemoCommunity[] }>(
    app,
    `{ communities { id name partners { name kind municipalityNumber population(year: 2022) } regionalCouncils { name members { name } }
       organs { name kind dissolvedOn rules { meetingsPerYear caseSubmissionDeadlineDays decisionRule } } } }`,
  );
  return data.communities.filter((community) => community.name.startsWith('Helsefellesskap'));
}

describe('demo data', () => {
  it('holds both communities of the seeds with their hospital trusts, municipalities and regional councils, once', async () => {
    const communities = await demoCommunities();
    expect(communities.map((community) => community.name)).toEqual([
      'Helsefellesskap Helgeland',
      'Helsefellesskapet Lofoten, Vesterålen, Salten',
    ]);
    const [helgeland, lofoten] = communities;
    expect(helgeland?.partners.filter((partner) => partner.kind === 'HOSPITAL_TRUST').map((partner) => partner.name)).toEqual([
      'Helgelandssykehuset HF',
    ]);
    expect(helgeland?.partners.filter((partner) => partner.kind === 'MUNICIPALITY')).toHaveLength(17);
    expect(helgeland?.partners.some((partner) => partner.name === 'Bindal')).toBe(false);
    expect(helgeland?.partners.find((partner) => partner.name === 'Rana')).toMatchObject({ municipalityNumber: '1833', population: 26092 });
    expect(helgeland?.regionalCouncils.map((council) => [council.name, council.members.length])).toEqual([
      ['Helgelandsrådet', 10],
      ['Indre Helgeland Regionråd', 7],
    ]);
    expect(lofoten?.partners.filter((partner) => partner.kind === 'MUNICIPALITY')).toHaveLength(20);
    expect(lofoten?.regionalCouncils.map((council) => council.name)).toEqual(['Lofotrådet', 'Salten regionråd', 'Vesterålen regionråd']);
  });

  it("keeps the organs' rules of procedure from the seeds, dissolved organs included", async () => {
    const [helgeland, lofoten] = await demoCommunities();
    const ssu = helgeland?.organs.find((organ) => organ.kind === 'STRATEGIC_COMMITTEE');
    expect(ssu?.rules).toEqual({ meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, decisionRule: 'VOTE' });
    expect(helgeland?.organs.find((organ) => organ.kind === 'PARTNERSHIP_MEETING')?.rules.decisionRule).toBe('CONSENSUS');
    expect(lofoten?.organs.find((organ) => organ.name.includes('OSO'))?.dissolvedOn).toBe('2021-09-23');
  });

  it("reproduces the seed's cost table for Helgeland's coordinator in 2023", async () => {
    const [helgeland] = await demoCommunities();
    const data = await must<{
      costAllocation: { municipalShare: number; lines: { name: string; amount: number; fixedPart: number; perCapitaPart: number }[] };
    }>(
      app,
      `query($id: ID!) { costAllocation(communityId: $id, budgetYear: 2023) { municipalShare lines { name amount fixedPart perCapitaPart } } }`,
      { id: helgeland?.id },
    );
    const lines = data.costAllocation.lines;
    expect(data.costAllocation.municipalShare).toBe(740_539);
    expect(lines).toHaveLength(17);
    expect(lines.find((line) => line.name === 'Sømna')).toEqual({ name: 'Sømna', amount: 24_189, fixedPart: 8712, perCapitaPart: 15_477 });
    expect(lines.find((line) => line.name === 'Rana')?.amount).toBe(212_565);
    expect(lines.find((line) => line.name === 'Bindal')).toBeUndefined();
    expect(lines.reduce((sum, line) => sum + line.amount, 0)).toBe(740_539);
  });
});
