import type { ExportSheet } from '../../exports/export-table.js';
import type { FollowUpRow } from './follow-up.report.js';

/** The follow-up report as a sheet with Norwegian headings: the same figures as Query.reports.followUp. */
export function followUpSheet(rows: Iterable<FollowUpRow>): ExportSheet<FollowUpRow> {
  return {
    title: 'Oppfølging',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Kommunenr.', kind: 'code', width: 11, value: (row) => row.municipalityNumber },
      { heading: 'Kommune', kind: 'text', width: 24, value: (row) => row.municipalityName },
      { heading: 'Vedtak å følge opp', kind: 'integer', value: (row) => row.decisions },
      { heading: 'Vedtatt lokalt', kind: 'integer', value: (row) => row.adopted },
      { heading: 'Under behandling', kind: 'integer', value: (row) => row.inProgress },
      { heading: 'Ikke startet', kind: 'integer', value: (row) => row.notStarted },
      { heading: 'Avslått', kind: 'integer', value: (row) => row.declined },
      { heading: 'Dager til vedtak lokalt (snitt)', kind: 'decimal', value: (row) => row.averageDaysToAdopt },
      { heading: 'Dager til vedtak lokalt (median)', kind: 'decimal', value: (row) => row.medianDaysToAdopt },
    ],
  };
}
