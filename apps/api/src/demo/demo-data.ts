import type { DecisionRule, OrganKind } from '../modules/organ/organ.entity.js';

/** The two communities of the seeds, their organs (rules from seed 002, 4-1 to 4-4) and the Helgeland budget. */
export interface DemoOrgan {
  name: string;
  kind: OrganKind;
  establishedOn: string | null;
  dissolvedOn: string | null;
  meetingsPerYear: number | null;
  caseSubmissionDeadlineDays: number | null;
  noticePeriodDays: number | null;
  noticePeriodMaxDays: number | null;
  extraordinaryNoticeDays: number | null;
  protocolDeadlineDays: number | null;
  minutesObjectionPeriodDays: number | null;
  decisionRule: DecisionRule;
}

export interface DemoCommunity {
  name: string;
  shortName: string;
  hospitalTrust: string;
  organs: DemoOrgan[];
  coordinatorBudget?: { budgetYear: number; stateGrant: number; fixedShareRatio: number; costLines: { label: string; amount: number }[] };
}

export const noRules = {
  meetingsPerYear: null,
  caseSubmissionDeadlineDays: null,
  noticePeriodDays: null,
  noticePeriodMaxDays: null,
  extraordinaryNoticeDays: null,
  protocolDeadlineDays: null,
  minutesObjectionPeriodDays: null,
} as const;

/** Partnerskapsmøtet: at least once a year; papers 2-3 weeks before; consensus; protocol within a week. */
export const partnershipMeeting: DemoOrgan = {
  ...noRules,
  name: 'Partnerskapsmøtet',
  kind: 'PARTNERSHIP_MEETING',
  establishedOn: null,
  dissolvedOn: null,
  meetingsPerYear: 1,
  noticePeriodDays: 14,
  noticePeriodMaxDays: 21,
  protocolDeadlineDays: 7,
  decisionRule: 'CONSENSUS',
};

/** SSU: 4 meetings a year; cases 4 weeks before; extraordinary meetings on a week's notice; minutes approved after four days, public within a week; votes. */
export const strategicCommittee: DemoOrgan = {
  ...noRules,
  name: 'Strategisk samarbeidsutvalg (SSU)',
  kind: 'STRATEGIC_COMMITTEE',
  establishedOn: null,
  dissolvedOn: null,
  meetingsPerYear: 4,
  caseSubmissionDeadlineDays: 28,
  extraordinaryNoticeDays: 7,
  protocolDeadlineDays: 7,
  minutesObjectionPeriodDays: 4,
  decisionRule: 'VOTE',
};

export const secretariat: DemoOrgan = {
  ...noRules,
  name: 'Samhandlingssekretariatet',
  kind: 'SECRETARIAT',
  establishedOn: null,
  dissolvedOn: null,
  decisionRule: 'CONSENSUS',
};

export const demoCommunities: readonly DemoCommunity[] = [
  {
    name: 'Helsefellesskap Helgeland',
    shortName: 'Helgeland',
    hospitalTrust: 'Helgelandssykehuset HF',
    organs: [
      {
        ...noRules,
        name: 'Dialogmøtet',
        kind: 'DIALOGUE_MEETING',
        establishedOn: null,
        dissolvedOn: null,
        meetingsPerYear: 1,
        decisionRule: 'CONSENSUS',
      },
      partnershipMeeting,
      strategicCommittee,
      secretariat,
    ],
    // Seed 002, Vedlegg 2: populations per 1 January 2022, so the budget year is 2023.
    coordinatorBudget: {
      budgetYear: 2023,
      stateGrant: 504_000,
      fixedShareRatio: 0.2,
      costLines: [
        { label: 'Lønn', amount: 900_000 },
        { label: 'Pensjon', amount: 189_000 },
        { label: 'Arbeidsgiveravgift', amount: 55_539 },
        { label: 'Drift av kontor/stilling', amount: 100_000 },
        { label: 'Reise kommuner', amount: 0 },
      ],
    },
  },
  {
    name: 'Helsefellesskapet Lofoten, Vesterålen, Salten',
    shortName: 'Lofoten, Vesterålen, Salten',
    hospitalTrust: 'Nordlandssykehuset HF',
    organs: [
      // Seed 003: the model of 2012 (dialogue meeting, OSO, KSU) was replaced by the health community in 2021.
      {
        ...noRules,
        name: 'Overordnet samarbeidsorgan (OSO)',
        kind: 'OTHER',
        establishedOn: '2012-01-01',
        dissolvedOn: '2021-09-23',
        decisionRule: 'CONSENSUS',
      },
      { ...partnershipMeeting, establishedOn: '2021-09-23' },
      strategicCommittee,
      {
        ...noRules,
        name: 'FSU akuttmedisin og beredskap',
        kind: 'PROFESSIONAL_COMMITTEE',
        establishedOn: null,
        dissolvedOn: null,
        decisionRule: 'CONSENSUS',
      },
      secretariat,
    ],
  },
];
