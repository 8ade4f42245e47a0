import type { ExportSheet } from '../../exports/export-table.js';
import type { CasesMeetingsRow } from './cases-meetings.report.js';

/** The cases and meetings report as a sheet with Norwegian headings: the same figures as Query.reports.casesAndMeetings. */
export function casesMeetingsSheet(rows: Iterable<CasesMeetingsRow>): ExportSheet<CasesMeetingsRow> {
  return {
    title: 'Saker og møter',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Organ', kind: 'text', width: 30, value: (row) => row.organName },
      { heading: 'År', kind: 'integer', width: 6, value: (row) => row.year },
      { heading: 'Vedtak', kind: 'integer', value: (row) => row.decisions },
      { heading: 'Beslutningssaker', kind: 'integer', value: (row) => row.decisionCases },
      { heading: 'Orienteringssaker', kind: 'integer', value: (row) => row.orientationCases },
      { heading: 'Drøftingssaker', kind: 'integer', value: (row) => row.discussionCases },
      { heading: 'Konsensus', kind: 'integer', value: (row) => row.consensus },
      { heading: 'Votering', kind: 'integer', value: (row) => row.vote },
      { heading: 'Tatt til orientering', kind: 'integer', value: (row) => row.noted },
      { heading: 'Utsatt', kind: 'integer', value: (row) => row.postponed },
      { heading: 'Andel konsensus', kind: 'percent', value: (row) => row.consensusShare },
      { heading: 'Dager til vedtak (snitt)', kind: 'decimal', value: (row) => row.averageDaysToDecision },
      { heading: 'Dager til vedtak (median)', kind: 'decimal', value: (row) => row.medianDaysToDecision },
      { heading: 'Møter', kind: 'integer', value: (row) => row.meetings },
      { heading: 'For sent innmeldt, med unntak', kind: 'integer', value: (row) => row.lateWithException },
      { heading: 'For sent innmeldt, uten unntak', kind: 'integer', value: (row) => row.lateWithoutException },
      { heading: 'Innkalling for sent', kind: 'integer', value: (row) => row.lateNotices },
      { heading: 'Protokoll for sent', kind: 'integer', value: (row) => row.lateMinutes },
    ],
  };
}
