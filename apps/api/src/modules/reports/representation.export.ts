import type { ExportSheet } from '../../exports/export-table.js';
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
