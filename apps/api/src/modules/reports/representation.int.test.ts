import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppointmentEntity, PersonEntity, SeatEntity, type SeatSide } from '../appointment/appointment.entity.js';
import { buildCommunity, must, signInAs, type CommunityFixture, type Session } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
let community: CommunityFixture;
let other: CommunityFixture;
let analyst: Session;

const REPORT = `query($filter: ReportFilter!) { reports { representation(filter: $filter) { to endingWithinDays
  organs { organName hospitalSeats hospitalFilled municipalSeats municipalFilled observerSeats observerFilled hospitalVotingMembers
    municipalVotingMembers balanced termsEnding }
  regionalCouncils { regionalCouncilName seats filled termsEnding } } } }`;

/** Two hospital and two municipal voting seats and an observer seat, held on 2025-06-30 as the test says. */
async function buildSeats(fixture: CommunityFixture): Promise<void> {
  const repositories = app.repositories.appointments;
  const organs = await must<{ community: { organs: { id: string }[] } }>(app, 'query($id: ID!) { community(id: $id) { organs { id } } }', {
    id: fixture.id,
  });
  const organId = organs.community.organs[0]?.id ?? '';
  const councilId = fixture.regionalCouncilIds[0] ?? null;
  const person = () =>
    repositories.savePerson(
      Object.assign(new PersonEntity(), {
        communityId: fixture.id,
        name: 'Per Person',
        title: null,
        employer: null,
        email: null,
        phone: null,
        partnerId: null,
      }),
    );
  let position = 0;
  const seat = (side: SeatSide, voting: boolean) =>
    repositories.saveSeat(
      Object.assign(new SeatEntity(), {
        communityId: fixture.id,
        organId,
        position: (position += 1),
        label: `${side} ${position}`,
        side,
        voting,
        appointingBodyKind: side === 'MUNICIPAL' ? 'REGIONAL_COUNCIL' : side === 'HOSPITAL' ? 'PARTNER' : 'EXTERNAL',
        appointingRegionalCouncilId: side === 'MUNICIPAL' ? councilId : null,
        appointingPartnerId: side === 'HOSPITAL' ? fixture.hospitalTrustId : null,
        appointingOrganId: null,
        appointingBodyName: side === 'OBSERVER' ? 'KS' : null,
        retiredOn: null,
      }),
    );
  const appoint = async (seatId: string, role: string, endsOn: string | null, cancelled = false) =>
    repositories.saveAppointment(
      Object.assign(new AppointmentEntity(), {
        communityId: fixture.id,
        seatId,
        personId: (await person()).id,
        role,
        deputyForAppointmentId: null,
        deputyRank: null,
        startsOn: '2024-01-01',
        endsOn,
        appointedBy: 'Test',
        decisionReference: 'Sak 1/2024',
        cancelledAt: cancelled ? new Date() : null,
        cancellationReason: cancelled ? 'Feil' : null,
        replacedByAppointmentId: null,
      }),
    );
  for (let index = 0; index < 2; index += 1) await appoint((await seat('HOSPITAL', true)).id, 'MEMBER', '2027-12-31');
  await appoint((await seat('MUNICIPAL', true)).id, 'MEMBER', '2025-08-01');
  await appoint((await seat('MUNICIPAL', true)).id, 'MEMBER', '2027-12-31', true);
  await appoint((await seat('OBSERVER', false)).id, 'OBSERVER', null);
}

beforeAll(async () => {
  app = await startTestApp();
  community = await buildCommunity(app);
  other = await buildCommunity(app);
  await buildSeats(community);
  analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
});
afterAll(() => app.close());

describe('the representation report', () => {
  it('counts filled and vacant seats by side on the day, parity, and terms ending soon, per organ and regional council', async () => {
    const data = await must<{ reports: { representation: unknown } }>(app, REPORT, { filter: { to: '2025-06-30' } }, analyst);
    expect(data.reports.representation).toEqual({
      to: '2025-06-30',
      endingWithinDays: 90,
      organs: [
        {
          organName: 'Utvalg 1',
          hospitalSeats: 2,
          hospitalFilled: 2,
          municipalSeats: 2,
          // The second municipal appointment was cancelled: it never counted.
          municipalFilled: 1,
          observerSeats: 1,
          observerFilled: 1,
          hospitalVotingMembers: 2,
          municipalVotingMembers: 1,
          balanced: false,
          termsEnding: 1,
        },
      ],
      regionalCouncils: [{ regionalCouncilName: 'Regionråd 1', seats: 2, filled: 1, termsEnding: 1 }],
    });
  });

  it('reads the seats as held on the day asked about', async () => {
    const data = await must<{ reports: { representation: { organs: { municipalFilled: number; termsEnding: number }[] } } }>(
      app,
      REPORT,
      { filter: { from: '2025-01-01', to: '2025-09-01' } },
      analyst,
    );
    expect(data.reports.representation.organs[0]).toMatchObject({ municipalFilled: 0, termsEnding: 0 });
  });

  it('refuses a community analyst another community, and the public', async () => {
    const theirs = await app.gql(REPORT, { filter: { communityIds: [other.id] } }, analyst.cookie);
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const anonymous = await app.gql(REPORT, { filter: {} });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the representation export', () => {
  it('holds the same seats as GraphQL, as CSV and XLSX', async () => {
    const { parse } = await import('csv-parse/sync');
    const ExcelJS = (await import('exceljs')).default;
    const url = (extension: string, table = '') => `${app.url}/exports/representation.${extension}?to=2025-06-30${table}`;
    const csv = await fetch(url('csv'), { headers: { cookie: analyst.cookie } });
    expect(csv.status).toBe(200);
    const records: string[][] = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, delimiter: ';' });
    expect(records[0]?.slice(0, 4)).toEqual(['Helsefellesskap', 'Organ', 'Plasser helseforetak', 'Besatt helseforetak']);
    expect(records.slice(1).map((row) => row.slice(1))).toEqual([['Utvalg 1', '2', '2', '2', '1', '1', '1', '2', '1', 'Nei', '1']]);
    const xlsx = await fetch(url('xlsx'), { headers: { cookie: analyst.cookie } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const councils = workbook.getWorksheet('Regionråd');
    expect([2, 3, 4, 5, 6].map((column) => councils?.getRow(2).getCell(column).value)).toEqual(['Regionråd 1', 2, 1, 1, 1]);
  });
});
