import type { ExportSheet } from '../../exports/export-table.js';
import type { CostSharingRow } from './cost-sharing.report.js';

/** The cost sharing report as a sheet with Norwegian headings: the same figures as Query.reports.costSharing. */
export function costSharingSheet(rows: Iterable<CostSharingRow>): ExportSheet<CostSharingRow> {
  return {
    title: 'Kostnadsfordeling',
    rows,
    columns: [
      { heading: 'Helsefellesskap', kind: 'text', width: 30, value: (row) => row.communityName },
      { heading: 'Budsjettår', kind: 'integer', width: 11, value: (row) => row.budgetYear },
      { heading: 'Kommunenr.', kind: 'code', width: 11, value: (row) => row.municipalityNumber },
      { heading: 'Kommune', kind: 'text', width: 24, value: (row) => row.municipalityName },
      { heading: 'Folketall per 1. januar', kind: 'integer', value: (row) => row.population },
      { heading: 'Folketallsår', kind: 'integer', width: 12, value: (row) => row.populationYear },
      { heading: 'Andel av folketallet', kind: 'percent', value: (row) => row.populationShare },
      { heading: 'Kommunal andel (kr)', kind: 'kroner', value: (row) => row.municipalShare },
      { heading: 'Beløp (kr)', kind: 'kroner', value: (row) => row.amount },
      { heading: 'Kroner per innbygger', kind: 'decimal', value: (row) => row.kronerPerInhabitant },
      { heading: 'Folketall mangler', kind: 'text', value: (row) => (row.populationMissing ? 'Ja' : 'Nei') },
    ],
  };
}
