import { addDays } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommunity, must, type CommunityFixture } from '../../../test/factories.js';
import { testClock } from '../../../test/clock.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const person = 'person { id name title employer email phone }';
const appointment = `id role startsOn endsOn deputyRank deputyForAppointmentId`;
const appointingBody = 'appointingBody { kind name regionalCouncilId partnerId organId }';

/** The operations of the admin pages that read the register and the composition, as the UI sends them (fragments inlined). */
const pages: Record<string, string> = {
  organPage: `query($communityId: ID!, $at: LocalDate!) { community(id: $communityId) { id name shortName organs {
    id name kind dissolvedOn rules { chairRotationYears officersElectedByOrganId }
    parity(at: $at) { balanced problems { kind hospital municipal } hospitalVotingMembers municipalVotingMembers hospitalVotingSeats municipalVotingSeats }
    vacancies(at: $at) { id label }
    seats { id label side voting position ${appointingBody} holders(at: $at) { ${appointment} ${person} }
      history { ${appointment} appointedBy decisionReference ${person} } } } } }`,
  regionalCouncilPage: `query($communityId: ID!) { community(id: $communityId) { id name shortName organs { id name }
    regionalCouncils { id name members { id name municipalityNumber }
      seats { id label side voting position organId ${appointingBody} history { ${appointment} appointedBy decisionReference ${person} } } } } }`,
  community: `query($communityId: ID!) { community(id: $communityId) { id name shortName
    partners { id kind name municipalityNumber leftOn populations { year population } regionalCouncil { id name } }
    regionalCouncils { id name members { id name municipalityNumber } }
    organs { id name kind establishedOn dissolvedOn rules { meetingsPerYear decisionRule } } } }`,
  endingSoon: `query($communityId: ID!) { appointmentsEndingSoon(communityId: $communityId, withinDays: 731) { ${appointment} ${person} seat { id label } } }`,
  appointPersons: `query($communityId: ID!) { persons(communityId: $communityId) { id name title employer } }`,
  costAllocationPage: `query($communityId: ID!) { community(id: $communityId) { id name shortName
    coordinatorBudgets { id budgetYear costLines { label amount } totalCost stateGrant municipalShare fixedShareRatio } } }`,
  costAllocation: `query($communityId: ID!) { costAllocation(communityId: $communityId, budgetYear: 2023) {
    populationYear municipalShare totalPopulation fixedShareRatio lines { municipalityNumber name population fixedPart perCapitaPart amount } } }`,
  listing: `query($at: LocalDate!) { communities { id name shortName
    partners { id name kind municipalityNumber population(year: 2022) }
    regionalCouncils { id name members { id name } }
    organs { id name kind seats { id label side voting holders(at: $at) { id role startsOn endsOn person { id name } } } } } }`,
};

const AT = '2024-06-01';

/**
 * An SSU of `seats` hospital and as many council seats, each with `terms` two-year terms of members
 * from 2001 on and a last term that ends 30 days from today (so something is ending soon), and a budget.
 */
async function buildComposition(options: { municipalities: number; seats: number; terms: number }): Promise<CommunityFixture> {
  const community = await buildCommunity(app, { municipalities: options.municipalities, regionalCouncils: 2, organs: 1 });
  const run = <T>(query: string, variables: Record<string, unknown>) => must<T>(app, query, variables, community.secretariat);
  const organ = await run<{ createOrgan: { id: string } }>('mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }', {
    input: { communityId: community.id, name: 'SSU', kind: 'STRATEGIC_COMMITTEE', rules: { decisionRule: 'VOTE' } },
  });
  const today = testClock.today();
  for (let index = 0; index < options.seats; index += 1) {
    for (const [side, body] of [
      ['HOSPITAL', { kind: 'PARTNER', partnerId: community.hospitalTrustId }],
      ['MUNICIPAL', { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[index % 2] }],
    ] as const) {
      const seat = await run<{ createSeat: { id: string } }>('mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }', {
        input: { organId: organ.createOrgan.id, label: `${side} ${index + 1}`, side, voting: true, appointingBody: body },
      });
      const periods = Array.from({ length: options.terms }, (_, term) => ({
        startsOn: `${2001 + 2 * term}-01-01`,
        endsOn: `${2002 + 2 * term}-12-31`,
      }));
      periods.push({ startsOn: addDays(today, -100), endsOn: addDays(today, 30) });
      for (const [term, period] of periods.entries()) {
        await run('mutation($input: AppointInput!) { appoint(input: $input) { id } }', {
          input: {
            seatId: seat.createSeat.id,
            newPerson: { name: `${side} ${index + 1} term ${term + 1}`, email: `seat${index + 1}.${term + 1}@test.example` },
            role: 'MEMBER',
            ...period,
            decisionReference: `Sak ${term + 1}`,
          },
        });
      }
    }
  }
  await run('mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }', {
    input: {
      communityId: community.id,
      budgetYear: 2023,
      stateGrant: 100_000,
      fixedShareRatio: 0.2,
      costLines: [{ label: 'Lønn', amount: 900_000 }],
    },
  });
  return community;
}

async function statementsPerPage(community: CommunityFixture): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, query] of Object.entries(pages)) {
    const { result, statements } = await app.countStatements(() =>
      app.gql(query, { communityId: community.id, at: AT }, community.secretariat.cookie),
    );
    expect(result.errors, name).toBeUndefined();
    counts[name] = statements;
  }
  return counts;
}

describe('register and composition reads', () => {
  it('answer every page and the nested listing in as many statements for a large community with long history as for a small one', async () => {
    const small = await statementsPerPage(await buildComposition({ municipalities: 2, seats: 1, terms: 1 }));
    const large = await statementsPerPage(await buildComposition({ municipalities: 9, seats: 4, terms: 6 }));
    expect(large).toEqual(small);
  });

  it('answers holders, members, vacancies and parity on the date asked, and each partner’s population of the year asked', async () => {
    const community = await buildComposition({ municipalities: 3, seats: 2, terms: 12 });
    await must(
      app,
      'mutation($input: SetPopulationInput!) { setPartnerPopulation(input: $input) { id } }',
      { input: { partnerId: community.municipalityIds[0], year: 2021, population: 990 } },
      community.secretariat,
    );
    const data = await must<{
      community: {
        partners: { name: string; population: number | null; before: number | null }[];
        organs: {
          name: string;
          members: { person: { name: string } }[];
          vacancies: { label: string }[];
          parity: { hospitalVotingMembers: number; municipalVotingMembers: number };
          seats: { label: string; holders: { person: { name: string } }[]; earlier: { person: { name: string } }[] }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!, $at: LocalDate!, $before: LocalDate!) { community(id: $id) {
        partners { name population(year: 2022) before: population(year: 2021) }
        organs { name members(at: $at) { person { name } } vacancies(at: $before) { label }
          parity(at: $at) { hospitalVotingMembers municipalVotingMembers }
          seats { label holders(at: $at) { person { name } } earlier: holders(at: $before) { person { name } } } } } }`,
      { id: community.id, at: '2012-01-01', before: '2000-06-01' },
    );
    expect(data.community.partners.map((partner) => [partner.name, partner.population, partner.before])).toEqual([
      ['Testsykehuset HF', null, null],
      ['Kommune 1', 1000, 990],
      ['Kommune 2', 2000, null],
      ['Kommune 3', 3000, null],
    ]);
    const ssu = data.community.organs.find((organ) => organ.name === 'SSU');
    // 2012 lies in the sixth two-year term from 2001 (2011–2012); in 2000 nobody held a seat yet.
    expect(ssu?.seats.map((seat) => [seat.label, seat.holders.map((holder) => holder.person.name), seat.earlier])).toEqual([
      ['HOSPITAL 1', ['HOSPITAL 1 term 6'], []],
      ['MUNICIPAL 1', ['MUNICIPAL 1 term 6'], []],
      ['HOSPITAL 2', ['HOSPITAL 2 term 6'], []],
      ['MUNICIPAL 2', ['MUNICIPAL 2 term 6'], []],
    ]);
    expect(ssu?.members.map((member) => member.person.name)).toEqual([
      'HOSPITAL 1 term 6',
      'MUNICIPAL 1 term 6',
      'HOSPITAL 2 term 6',
      'MUNICIPAL 2 term 6',
    ]);
    expect(ssu?.vacancies.map((seat) => seat.label)).toEqual(['HOSPITAL 1', 'MUNICIPAL 1', 'HOSPITAL 2', 'MUNICIPAL 2']);
    expect(ssu?.parity).toEqual({ hospitalVotingMembers: 2, municipalVotingMembers: 2 });
  });

  it('shows the contact data of people read with their appointments to the secretariat only', async () => {
    const community = await buildComposition({ municipalities: 2, seats: 1, terms: 1 });
    const query = `query($id: ID!, $at: LocalDate!) { community(id: $id) { organs { seats {
      holders(at: $at) { person { email } } history { person { email } } } } } }`;
    type Seats = {
      community: {
        organs: { seats: { holders: { person: { email: string | null } }[]; history: { person: { email: string | null } }[] }[] }[];
      };
    };
    const emails = (data: Seats) =>
      data.community.organs.flatMap((organ) =>
        organ.seats.flatMap((seat) => [...seat.holders, ...seat.history].map((held) => held.person.email)),
      );
    const at = addDays(testClock.today(), -1);
    const secretariat = emails(await must<Seats>(app, query, { id: community.id, at }, community.secretariat));
    const anonymous = emails(await must<Seats>(app, query, { id: community.id, at }));
    expect(secretariat.length).toBeGreaterThan(0);
    expect(secretariat.every((email) => email !== null)).toBe(true);
    expect(anonymous).toHaveLength(secretariat.length);
    expect(anonymous.every((email) => email === null)).toBe(true);
  });
});
