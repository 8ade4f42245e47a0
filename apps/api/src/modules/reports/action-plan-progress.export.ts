import { statusLabels } from '@helsefellesskap/status-schema';
import type { ExportColumn, ExportSheet } from '../../exports/export-table.js';
import type { CommunityProgressRow, FocusAreaProgressRow, ProgressPeriodRow, StatusCountsRow } from './action-plan-progress.report.js';

/** The action plan progress report as sheets with Norwegian headings: the same figures as Query.reports.actionPlanProgress. */
const LEVELS = [
  ['onTrack', 'ON_TRACK'],
  ['atRisk', 'AT_RISK'],
  ['delayed', 'DELAYED'],
  ['completed', 'COMPLETED'],
  ['notStarted', 'NOT_STARTED'],
  ['cancelled', 'CANCELLED'],
] as const;

function countColumns<Row>(noun: string, pick: (row: Row) => StatusCountsRow): ExportColumn<Row>[] {
  return [
    { heading: `${noun} i alt`, kind: 'integer', value: (row) => pick(row).total },
    ...LEVELS.map(([key, level]): ExportColumn<Row> => ({
      heading: `${noun}: ${statusLabels.nb[level].toLocaleLowerCase('nb')}`,
      kind: 'integer',
      value: (row) => pick(row)[key],
    })),
  ];
}

const progressColumn = <Row extends { averageProgress: number | null }>(): ExportColumn<Row> => ({
  heading: 'Gjennomsnittlig fremdrift (%)',
  kind: 'decimal',
  value: (row) => row.averageProgress,
});

export function focusAreaSheet(rows: Iterable<FocusAreaProgressRow>): ExportSheet<FocusAreaProgressRow> {
  return {
    title: 'Innsatsområder',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Handlingsplan', kind: 'text', width: 30, value: (row) => row.planTitle },
      { heading: 'Nr.', kind: 'integer', width: 6, value: (row) => row.number },
      { heading: 'Innsatsområde', kind: 'text', width: 40, value: (row) => row.title },
      { heading: 'Faglig samarbeidsutvalg', kind: 'text', width: 30, value: (row) => row.professionalCommittee ?? '' },
      ...countColumns<FocusAreaProgressRow>('Tiltak', (row) => row.measures),
      ...countColumns<FocusAreaProgressRow>('Mål', (row) => row.targets),
      progressColumn(),
      { heading: 'Tiltak over sluttdato', kind: 'integer', value: (row) => row.overdueMeasures },
      { heading: 'Tiltak uten oppdatering', kind: 'integer', value: (row) => row.staleMeasures },
    ],
  };
}

export function communitySheet(rows: Iterable<CommunityProgressRow>): ExportSheet<CommunityProgressRow> {
  return {
    title: 'Helsefellesskap',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Handlingsplaner', kind: 'integer', value: (row) => row.plans },
      { heading: 'Innsatsområder', kind: 'integer', value: (row) => row.focusAreas },
      ...countColumns<CommunityProgressRow>('Tiltak', (row) => row.measures),
      ...countColumns<CommunityProgressRow>('Mål', (row) => row.targets),
      progressColumn(),
      { heading: 'Tiltak over sluttdato', kind: 'integer', value: (row) => row.overdueMeasures },
      { heading: 'Tiltak uten oppdatering', kind: 'integer', value: (row) => row.staleMeasures },
      { heading: 'Innsatsområder uten FSU', kind: 'integer', value: (row) => row.focusAreasWithoutCommittee },
      { heading: 'Innsatsområder uten tiltak', kind: 'integer', value: (row) => row.focusAreasWithoutMeasures },
    ],
  };
}

export function overTimeSheet(rows: Iterable<ProgressPeriodRow>): ExportSheet<ProgressPeriodRow> {
  return {
    title: 'Over tid',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Periode fra', kind: 'date', width: 12, value: (row) => row.periodStart },
      { heading: 'Status per', kind: 'date', width: 12, value: (row) => row.asOf },
      ...countColumns<ProgressPeriodRow>('Tiltak', (row) => row.measures),
      progressColumn(),
    ],
  };
}
