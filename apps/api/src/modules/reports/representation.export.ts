import type { ExportColumn, ExportSheet } from '../../exports/export-table.js';
import type { AttendanceCounts, PartnerAttendanceRow, PersonAttendanceRow, SeatAttendanceRow } from './attendance.report.js';
import type { CouncilRepresentationRow, OrganRepresentationRow } from './representation.report.js';

/** The representation report as sheets with Norwegian headings: the same figures as Query.reports.representation. */
export function organRepresentationSheet(rows: Iterable<OrganRepresentationRow>): ExportSheet<OrganRepresentationRow> {
  return {
    title: 'Organer',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Organ', kind: 'text', width: 30, value: (row) => row.organName },
      { heading: 'Plasser helseforetak', kind: 'integer', value: (row) => row.hospitalSeats },
      { heading: 'Besatt helseforetak', kind: 'integer', value: (row) => row.hospitalFilled },
      { heading: 'Plasser kommuner', kind: 'integer', value: (row) => row.municipalSeats },
      { heading: 'Besatt kommuner', kind: 'integer', value: (row) => row.municipalFilled },
      { heading: 'Plasser observatører', kind: 'integer', value: (row) => row.observerSeats },
      { heading: 'Besatt observatører', kind: 'integer', value: (row) => row.observerFilled },
      { heading: 'Stemmeberettigede helseforetak', kind: 'integer', value: (row) => row.hospitalVotingMembers },
      { heading: 'Stemmeberettigede kommuner', kind: 'integer', value: (row) => row.municipalVotingMembers },
      { heading: 'Paritet', kind: 'text', value: (row) => (row.balanced ? 'Ja' : 'Nei') },
      { heading: 'Perioder som slutter snart', kind: 'integer', value: (row) => row.termsEnding },
    ],
  };
}

export function councilRepresentationSheet(rows: Iterable<CouncilRepresentationRow>): ExportSheet<CouncilRepresentationRow> {
  return {
    title: 'Regionråd',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Regionråd', kind: 'text', width: 30, value: (row) => row.regionalCouncilName },
      { heading: 'Plasser', kind: 'integer', value: (row) => row.seats },
      { heading: 'Besatt', kind: 'integer', value: (row) => row.filled },
      { heading: 'Ledige', kind: 'integer', value: (row) => row.seats - row.filled },
      { heading: 'Perioder som slutter snart', kind: 'integer', value: (row) => row.termsEnding },
    ],
  };
}

function attendanceColumns<Row extends AttendanceCounts>(): ExportColumn<Row>[] {
  return [
    { heading: 'Innkalt', kind: 'integer', value: (row) => row.called },
    { heading: 'Møtt', kind: 'integer', value: (row) => row.attended },
    { heading: 'Vara møtt', kind: 'integer', value: (row) => row.deputised },
    { heading: 'Ikke møtt', kind: 'integer', value: (row) => row.absent },
    { heading: 'Oppmøte', kind: 'percent', value: (row) => row.share },
  ];
}

const SIDES: Record<string, string> = { HOSPITAL: 'Helseforetak', MUNICIPAL: 'Kommuner', OBSERVER: 'Observatør' };

export function seatAttendanceSheet(rows: Iterable<SeatAttendanceRow>): ExportSheet<SeatAttendanceRow> {
  return {
    title: 'Oppmøte per plass',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Organ', kind: 'text', width: 30, value: (row) => row.organName },
      { heading: 'Plass', kind: 'text', width: 24, value: (row) => row.seatLabel },
      { heading: 'Side', kind: 'text', value: (row) => SIDES[row.side] ?? row.side },
      ...attendanceColumns<SeatAttendanceRow>(),
    ],
  };
}

export function personAttendanceSheet(rows: Iterable<PersonAttendanceRow>): ExportSheet<PersonAttendanceRow> {
  return {
    title: 'Oppmøte per person',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Person', kind: 'text', width: 30, value: (row) => row.personName },
      ...attendanceColumns<PersonAttendanceRow>(),
    ],
  };
}

export function partnerAttendanceSheet(rows: Iterable<PartnerAttendanceRow>): ExportSheet<PartnerAttendanceRow> {
  return {
    title: 'Oppmøte per partner',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Partner', kind: 'text', width: 30, value: (row) => row.partnerName ?? 'Ingen partner' },
      ...attendanceColumns<PartnerAttendanceRow>(),
    ],
  };
}
