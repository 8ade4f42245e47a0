import type { Measure, Section, StatusReport, Target } from '../src/index.js';

// Builders with valid defaults from the seeds (Helsefellesskapet Lofoten, Vesterålen, Salten, action
// plan 2022-2024), so each test states only the fields its rule is about.

export function buildMeasure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: null,
    title: 'Rekrutteringsprosjekt for leger i Vesterålen',
    owner: 'Regionrådet i Vesterålen',
    startsOn: '2023-01-01',
    endsOn: '2025-12-31',
    patientGroups: ['SEVERAL_CHRONIC_ILLNESSES'],
    progress: 40,
    status: 'ON_TRACK',
    statusReason: null,
    lastUpdateOn: '2024-10-01',
    comment: '',
    ...overrides,
  };
}

export function buildTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: null,
    description: 'Kortere ventetid på digital hjemmeoppfølging',
    indicatorName: 'Ventetid',
    unit: 'dager',
    baseline: 30,
    targetValue: 20,
    dueDate: '2024-12-31',
    latestValue: 24,
    valueDate: '2024-10-01',
    status: 'ON_TRACK',
    ...overrides,
  };
}

export function buildSection(overrides: Partial<Section> = {}): Section {
  return {
    focusAreaId: null,
    focusAreaNumber: 3,
    title: 'Demografi, rekruttering og teknologi',
    responsibleOrgan: 'SSU',
    hasProfessionalCommittee: false,
    status: 'ON_TRACK',
    commentary: '',
    commentaryCarriedOver: false,
    gaps: [],
    targets: [buildTarget()],
    measures: [buildMeasure()],
    changes: [],
    ...overrides,
  };
}

export function buildReport(overrides: Partial<StatusReport> = {}): StatusReport {
  return {
    schemaVersion: 2,
    communityName: 'Helsefellesskapet Lofoten, Vesterålen, Salten',
    planTitle: 'Handlingsplan 2022-2024',
    planPeriod: { from: 2022, to: 2024 },
    year: 2024,
    cutOffDate: '2024-12-31',
    generatedAt: '2025-01-15T09:00:00Z',
    previousReportYear: 2023,
    sections: [
      buildSection({
        focusAreaNumber: 1,
        title: 'Helhetlige pasientforløp, tjenesteinnovasjon og samhandling',
        status: 'NOT_STARTED',
        targets: [],
        measures: [],
        gaps: [{ kind: 'NO_PROFESSIONAL_COMMITTEE' }, { kind: 'NO_MEASURES' }],
      }),
      buildSection({
        focusAreaNumber: 2,
        title: 'Akuttmedisin og beredskap',
        responsibleOrgan: 'FSU akuttmedisin og beredskap',
        hasProfessionalCommittee: true,
        targets: [],
        measures: [buildMeasure({ title: 'Trygg akuttmedisin', patientGroups: [] })],
      }),
      buildSection(),
    ],
    ...overrides,
  };
}
