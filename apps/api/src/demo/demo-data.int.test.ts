import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, signIn } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createDataSource } from '../database/data-source.js';
import { createLogger } from '../logging/logger.js';
import { createServices } from '../services.js';
import { seedDemoData } from '../runtime.js';
import { DEMO_PASSWORD, demoAccounts } from './load-demo-accounts.js';
import { testClock } from '../../test/clock.js';
import { demoCalendar } from './load-demo-composition.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const dataSource = createDataSource(inject('databaseUrl'));
  await dataSource.initialize();
  try {
    // Twice: loading the demo data must be idempotent.
    await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: testClock.today() });
    await seedDemoData(dataSource, createLogger('silent'), { accounts: true, today: testClock.today() });
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

  it('has a demo account for every role that signs in with the password "demo" and holds its role', async () => {
    const [helgeland, lofoten] = await demoCommunities();
    const councils = new Map(
      (await app.sql<{ id: string; name: string }>('SELECT id, name FROM regional_council')).map((row) => [row.name, row.id]),
    );
    const [rodoy] = await app.sql<{ id: string }>(`SELECT id FROM partner WHERE community_id = $1 AND name = 'Rødøy'`, [helgeland?.id]);
    const expected: Record<
      string,
      { role: string; communityId: string | null; regionalCouncilId: string | null; partnerId?: string | null }
    > = {
      'sekretariat@helgeland.demo': { role: 'SECRETARIAT', communityId: helgeland?.id ?? '', regionalCouncilId: null },
      'ssu@helgeland.demo': { role: 'SSU_MEMBER', communityId: helgeland?.id ?? '', regionalCouncilId: null },
      'helgelandsradet@helgeland.demo': {
        role: 'REGIONAL_COUNCIL',
        communityId: helgeland?.id ?? '',
        regionalCouncilId: councils.get('Helgelandsrådet') ?? '',
      },
      'ihr@helgeland.demo': {
        role: 'REGIONAL_COUNCIL',
        communityId: helgeland?.id ?? '',
        regionalCouncilId: councils.get('Indre Helgeland Regionråd') ?? '',
      },
      'analytiker@helgeland.demo': { role: 'ANALYST', communityId: helgeland?.id ?? '', regionalCouncilId: null },
      'rodoy@helgeland.demo': {
        role: 'MUNICIPALITY',
        communityId: helgeland?.id ?? '',
        regionalCouncilId: null,
        partnerId: rodoy?.id ?? '',
      },
      'sekretariat@lovesa.demo': { role: 'SECRETARIAT', communityId: lofoten?.id ?? '', regionalCouncilId: null },
      'ssu@lovesa.demo': { role: 'SSU_MEMBER', communityId: lofoten?.id ?? '', regionalCouncilId: null },
      'nasjonal@analyse.demo': { role: 'NATIONAL_ANALYST', communityId: null, regionalCouncilId: null },
      'plattform@helsefellesskap.demo': { role: 'PLATFORM_ADMIN', communityId: null, regionalCouncilId: null },
    };
    expect(demoAccounts.map((account) => account.email).sort()).toEqual(Object.keys(expected).sort());
    for (const [email, role] of Object.entries(expected)) {
      const { cookie } = await signIn(app, email, DEMO_PASSWORD);
      const me = await must<{ me: { email: string; roles: unknown[] } }>(
        app,
        '{ me { email roles { role communityId regionalCouncilId partnerId } } }',
        undefined,
        {
          cookie,
          email,
          userId: '',
        },
      );
      expect(me.me).toEqual({ email, roles: [{ partnerId: null, ...role }] });
    }
  });

  it("holds the partnership meeting's consensus decision to establish Helsefellesskap Helgeland, with Rødøy's K-sak 61/2022 as its follow-up", async () => {
    const [helgeland] = await demoCommunities();
    const { cookie } = await signIn(app, 'rodoy@helgeland.demo', DEMO_PASSWORD);
    const data = await must<{
      community: {
        followUpMatrix: {
          decisions: {
            decision: { caseReference: string; caseTitle: string; decidedOn: string };
            rows: { partnerName: string; status: string; localReference: string | null; localDate: string | null; canRecord: boolean }[];
          }[];
        };
      };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { followUpMatrix(from: "2022-01-01", to: "2022-12-31") {
        decisions { decision { caseReference caseTitle decidedOn } rows { partnerName status localReference localDate canRecord } } } } }`,
      { id: helgeland?.id },
      { cookie, email: 'rodoy@helgeland.demo', userId: '' },
    );
    const [establishment] = data.community.followUpMatrix.decisions;
    expect(data.community.followUpMatrix.decisions).toHaveLength(1);
    expect(establishment?.decision).toEqual({
      caseReference: 'Partnerskapsmøte sak 01-2022',
      caseTitle: 'Etablering av Helsefellesskap Helgeland',
      decidedOn: '2022-06-21',
    });
    // The hospital trust and the 17 partner municipalities (Bindal is not one).
    expect(establishment?.rows).toHaveLength(18);
    expect(establishment?.rows.find((row) => row.partnerName === 'Rødøy')).toEqual({
      partnerName: 'Rødøy',
      status: 'ADOPTED',
      localReference: 'K-sak 61/2022, Rødøy kommunestyre',
      localDate: '2022-09-28',
      canRecord: true,
    });
    expect(
      establishment?.rows
        .filter((row) => row.status === 'IN_PROGRESS')
        .map((row) => row.partnerName)
        .sort(),
    ).toEqual(['Brønnøy', 'Vefsn']);
    expect(establishment?.rows.find((row) => row.partnerName === 'Rana')).toMatchObject({ status: 'NOT_STARTED', canRecord: false });
  });

  it('keeps demo accounts out of production: the start-up check refuses them', async () => {
    const dataSource = createDataSource(inject('databaseUrl'));
    await dataSource.initialize();
    try {
      const services = createServices(dataSource, { sessionTtlMs: 1000, throttleBaseDelayMs: 0 }, testClock);
      await expect(services.auth.assertNoDemoAccounts()).rejects.toThrow(/Refusing to run in production with 10 demo account/);
    } finally {
      await dataSource.destroy();
    }
  });

  it("holds Helgeland's SSU with 7 hospital and 7 municipal voting seats, its observers and a rotating chair", async () => {
    const [helgeland] = await demoCommunities();
    const { previousTerm } = demoCalendar(testClock.today());
    const data = await must<{
      community: {
        organs: {
          name: string;
          rules: { chairRotationYears: number | null };
          seats: { side: string; voting: boolean; appointingBody: { name: string } }[];
          parity: { balanced: boolean; hospitalVotingMembers: number; municipalVotingMembers: number };
          vacancies: unknown[];
          chairBefore: { role: string; seat: { side: string }; person: { name: string } }[];
          chairAfter: { role: string; seat: { side: string }; person: { name: string } }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!, $before: LocalDate!) { community(id: $id) { organs {
        name rules { chairRotationYears } seats { side voting appointingBody { name } }
        parity { balanced hospitalVotingMembers municipalVotingMembers }
        vacancies { label }
        chairBefore: members(at: $before) { role seat { side } person { name } }
        chairAfter: members { role seat { side } person { name } }
      } } }`,
      { id: helgeland?.id, before: previousTerm.endsOn },
    );
    const ssu = data.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)');
    const voting = ssu?.seats.filter((seat) => seat.voting) ?? [];
    expect(voting.filter((seat) => seat.side === 'HOSPITAL')).toHaveLength(7);
    expect(voting.filter((seat) => seat.side === 'MUNICIPAL').map((seat) => seat.appointingBody.name)).toEqual([
      ...Array<string>(4).fill('Helgelandsrådet'),
      ...Array<string>(3).fill('Indre Helgeland Regionråd'),
    ]);
    expect(ssu?.seats.filter((seat) => seat.side === 'OBSERVER')).toHaveLength(12);
    expect(ssu?.parity).toEqual({ balanced: true, hospitalVotingMembers: 7, municipalVotingMembers: 7 });
    expect(ssu?.vacancies).toEqual([]);
    expect(ssu?.rules.chairRotationYears).toBe(2);
    expect(ssu?.chairBefore.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side)).toEqual(['HOSPITAL']);
    expect(ssu?.chairAfter.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side)).toEqual(['MUNICIPAL']);
    expect(ssu?.chairAfter.every((member) => member.person.name.endsWith('(demo)'))).toBe(true);
  });

  it("holds Lofoten, Vesterålen, Salten's SSU: 7 + 7 appointed by the hospital and its three regional councils, observers, and people with their sides", async () => {
    const [, lofoten] = await demoCommunities();
    const data = await must<{
      community: {
        organs: {
          name: string;
          seats: { side: string; voting: boolean; appointingBody: { name: string } }[];
          parity: { balanced: boolean; hospitalVotingMembers: number; municipalVotingMembers: number };
          vacancies: unknown[];
          members: { role: string; warnings: unknown[]; seat: { side: string }; person: { side: string | null } }[];
        }[];
      };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { organs {
        name seats { side voting appointingBody { name } }
        parity { balanced hospitalVotingMembers municipalVotingMembers }
        vacancies { label }
        members { role warnings { kind } seat { side } person { side } }
      } } }`,
      { id: lofoten?.id },
    );
    const ssu = data.community.organs.find((organ) => organ.name === 'Strategisk samarbeidsutvalg (SSU)');
    const voting = ssu?.seats.filter((seat) => seat.voting) ?? [];
    expect(voting.filter((seat) => seat.side === 'HOSPITAL').map((seat) => seat.appointingBody.name)).toEqual(
      Array<string>(7).fill('Nordlandssykehuset HF'),
    );
    expect(voting.filter((seat) => seat.side === 'MUNICIPAL').map((seat) => seat.appointingBody.name)).toEqual([
      ...Array<string>(3).fill('Salten regionråd'),
      ...Array<string>(2).fill('Lofotrådet'),
      ...Array<string>(2).fill('Vesterålen regionråd'),
    ]);
    expect(ssu?.seats.filter((seat) => seat.side === 'OBSERVER').length).toBeGreaterThanOrEqual(10);
    expect(ssu?.parity).toEqual({ balanced: true, hospitalVotingMembers: 7, municipalVotingMembers: 7 });
    expect(ssu?.vacancies).toEqual([]);
    const members = ssu?.members.filter((member) => member.role === 'MEMBER') ?? [];
    expect(members.every((member) => member.person.side === member.seat.side && member.warnings.length === 0)).toBe(true);
    expect(ssu?.members.filter((member) => member.role === 'PERSONAL_DEPUTY')).toHaveLength(7);
    expect(ssu?.members.filter((member) => member.role === 'DEPUTY')).toHaveLength(3);
    expect(ssu?.members.filter((member) => member.role === 'CHAIR').map((member) => member.seat.side)).toEqual(['HOSPITAL']);
  });

  it("holds Lofoten, Vesterålen, Salten's prolonged plan 2022-2024 with its three focus areas and a frozen 2023 report", async () => {
    const [, lofoten] = await demoCommunities();
    const data = await must<{
      community: {
        actionPlans: {
          title: string;
          status: string;
          prolongedByCase: string;
          focusAreas: { number: number; hasProfessionalCommittee: boolean; measures: { title: string }[] }[];
          statusReport: {
            frozen: boolean;
            caseReference: string;
            content: { sections: { gaps: { kind: string }[]; commentary: string }[] };
          };
        }[];
      };
    }>(
      app,
      `query($id: ID!) { community(id: $id) { actionPlans { title status prolongedByCase
        focusAreas(asOf: "2024-12-31") { number hasProfessionalCommittee measures { title } }
        statusReport(year: 2023) { frozen caseReference content } } } }`,
      { id: lofoten?.id },
    );
    const [plan] = data.community.actionPlans;
    expect(plan).toMatchObject({ title: 'Handlingsplan 2022–2024', status: 'PROLONGED', prolongedByCase: 'SSU sak 26/2024' });
    expect(plan?.focusAreas.map((area) => [area.number, area.hasProfessionalCommittee, area.measures.length])).toEqual([
      [1, false, 0],
      [2, true, 1],
      [3, false, 2],
    ]);
    expect(plan?.focusAreas.flatMap((area) => area.measures.map((measure) => measure.title))).toEqual([
      'Trygg akuttmedisin: felles opplæring og prosedyrer',
      'Rekrutteringsprosjekt for fastleger i Vesterålen',
      'Bredding av digital hjemmeoppfølging',
    ]);
    expect(plan?.statusReport).toMatchObject({ frozen: true, caseReference: 'SSU sak 04/2024' });
    // Each focus area's assessment, the template of the 2024 report.
    expect(plan?.statusReport.content.sections.map((section) => section.commentary)).toEqual([
      'Innsatsområdet mangler faglig samarbeidsutvalg og tiltaksplan.',
      'Trygg akuttmedisin er godt i gang i Salten; Lofoten er forsinket.',
      'Digital hjemmeoppfølging breddes som planlagt; rekruttering av fastleger er krevende.',
    ]);
    expect(plan?.statusReport.content.sections[0]?.gaps.map((gap) => gap.kind).sort()).toEqual([
      'NO_MEASURES',
      'NO_PROFESSIONAL_COMMITTEE',
    ]);
  });
});
