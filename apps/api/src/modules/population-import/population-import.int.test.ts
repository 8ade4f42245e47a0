import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type CommunityFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const preview = `mutation($input: PreviewPopulationImportInput!) {
  previewPopulationImport(input: $input) { hash changes { line partnerName year before after } problems { line reason text } }
}`;
const apply = `mutation($input: ApplyPopulationImportInput!) { applyPopulationImport(input: $input) { written unchanged skippedLines } }`;

/** The buildCommunity municipalities are numbered 1000, 1001, …; 2022's figures are 1000, 2000, …. */
function ssbFile(rows: string[]): string {
  return ['"07459: Befolkning, etter region, år og statistikkvariabel"', '', '"region";"år";"statistikkvariabel";"Personer"', ...rows].join(
    '\r\n',
  );
}

interface Preview {
  previewPopulationImport: {
    hash: string;
    changes: { line: number; partnerName: string; year: number; before: number | null; after: number }[];
    problems: { line: number; reason: string; text: string }[];
  };
}

async function populations(community: CommunityFixture) {
  const data = await must<{ community: { partners: { name: string; populations: { year: number; population: number }[] }[] } }>(
    app,
    `query($id: ID!) { community(id: $id) { partners { name populations { year population } } } }`,
    { id: community.id },
  );
  return Object.fromEntries(
    data.community.partners.filter((partner) => partner.name.startsWith('Kommune')).map((p) => [p.name, p.populations]),
  );
}

describe('population import from an SSB CSV file', () => {
  it('previews old and new figures with bad lines by number, then writes them all with one audit event', async () => {
    const community = await buildCommunity(app, { municipalities: 2, populationYear: 2022 });
    const csv = ssbFile([
      '"1000 Kommune 1";"2022";"Personer";1050',
      '"1001 Kommune 2";"2022";"Personer";2000',
      '"1001 Kommune 2";"2023";"Personer";2100',
      '"1802 Annen";"2023";"Personer";100',
      '"1000 Kommune 1";"2023";"Personer";..',
    ]);
    const seen = await must<Preview>(app, preview, { input: { communityId: community.id, csv } }, community.secretariat);
    expect(seen.previewPopulationImport.changes).toEqual([
      { line: 4, partnerName: 'Kommune 1', year: 2022, before: 1000, after: 1050 },
      { line: 5, partnerName: 'Kommune 2', year: 2022, before: 2000, after: 2000 },
      { line: 6, partnerName: 'Kommune 2', year: 2023, before: null, after: 2100 },
    ]);
    expect(seen.previewPopulationImport.problems).toEqual([
      { line: 7, reason: 'NOT_A_PARTNER', text: '1802' },
      { line: 8, reason: 'MISSING_VALUE', text: '..' },
    ]);
    // The preview wrote nothing.
    expect((await populations(community))['Kommune 1']).toEqual([{ year: 2022, population: 1000 }]);

    const applied = await must<{ applyPopulationImport: unknown }>(
      app,
      apply,
      { input: { communityId: community.id, csv, hash: seen.previewPopulationImport.hash } },
      community.secretariat,
    );
    expect(applied.applyPopulationImport).toEqual({ written: 2, unchanged: 1, skippedLines: 2 });
    expect(await populations(community)).toEqual({
      'Kommune 1': [{ year: 2022, population: 1050 }],
      'Kommune 2': [
        { year: 2022, population: 2000 },
        { year: 2023, population: 2100 },
      ],
    });
    const events = await app.sql<{ after: { figures: unknown[] } }>(
      `SELECT after FROM audit_event WHERE community_id = $1 AND entity_type = 'PopulationImport'`,
      [community.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.after.figures).toHaveLength(2);
  });

  it('refuses to apply a file that changed since the preview, or after the figures changed, writing nothing', async () => {
    const community = await buildCommunity(app, { municipalities: 2, populationYear: 2022 });
    const csv = ssbFile(['"1000 Kommune 1";"2022";"Personer";1111']);
    const seen = await must<Preview>(app, preview, { input: { communityId: community.id, csv } }, community.secretariat);
    const { hash } = seen.previewPopulationImport;

    const otherFile = await app.gql(
      apply,
      { input: { communityId: community.id, csv: ssbFile(['"1000 Kommune 1";"2022";"Personer";9999']), hash } },
      community.secretariat.cookie,
    );
    expect(otherFile.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POPULATION_IMPORT_CHANGED' });

    await must(
      app,
      `mutation($id: ID!) { setPartnerPopulation(input: { partnerId: $id, year: 2022, population: 1200 }) { id } }`,
      { id: community.municipalityIds[0] },
      community.secretariat,
    );
    const staleFigures = await app.gql(apply, { input: { communityId: community.id, csv, hash } }, community.secretariat.cookie);
    expect(staleFigures.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POPULATION_IMPORT_CHANGED' });
    expect((await populations(community))['Kommune 1']).toEqual([{ year: 2022, population: 1200 }]);
  });

  it("refuses a file without a header row, one over the size limit, and another community's secretariat", async () => {
    const community = await buildCommunity(app, { municipalities: 1 });
    const other = await buildCommunity(app, { municipalities: 1 });
    const noHeader = await app.gql(
      preview,
      { input: { communityId: community.id, csv: 'kommune,2024\nBodø,1' } },
      community.secretariat.cookie,
    );
    expect(noHeader.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      reason: 'POPULATION_FILE_HEADER_MISSING',
    });
    const tooLarge = await app.gql(
      preview,
      { input: { communityId: community.id, csv: `"region";"år";"x";"y"\n${'x'.repeat(500_001)}` } },
      community.secretariat.cookie,
    );
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const foreign = await app.gql(preview, { input: { communityId: community.id, csv: ssbFile([]) } }, other.secretariat.cookie);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
