import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { makeFragmentData } from '../../gql';
import { renderWithI18n } from '../../test/render';
import { AllocationTable, AllocationTableFragment } from './allocation-table';

afterEach(cleanup);

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const allocation = makeFragmentData(
  {
    municipalShare: 236754,
    totalPopulation: 28073,
    lines: [
      {
        municipalityNumber: '1833',
        name: 'Rana',
        population: 26092,
        fixedPart: 8712,
        perCapitaPart: 203852,
        amount: 212565,
      },
      {
        municipalityNumber: '1812',
        name: 'Sømna',
        population: 1981,
        fixedPart: 8712,
        perCapitaPart: 15477,
        amount: 24189,
      },
    ],
  },
  AllocationTableFragment,
);

describe('AllocationTable', () => {
  it('is a captioned table with column and row headers, sorted by municipality number', () => {
    renderWithI18n(<AllocationTable caption="Kostnadsfordeling 2023 (kroner)" allocation={allocation} />);
    const table = screen.getByRole('table', { name: 'Kostnadsfordeling 2023 (kroner)' });
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((header) => header.textContent)).toEqual([
      'Kommunenr.',
      'Kommune',
      'Innbyggere',
      'Fast del',
      'Per innbygger',
      'Beløp',
    ]);
    expect(columnHeaders.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((header) => header.textContent)).toEqual(['Sømna', 'Rana', 'Sum']);
    expect(rowHeaders.every((header) => header.getAttribute('scope') === 'row')).toBe(true);
  });

  it('formats amounts the Norwegian way and ends with a totals row', () => {
    renderWithI18n(<AllocationTable caption="Fordeling" allocation={allocation} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const cells = (index: number) => Array.from(rows[index]?.querySelectorAll('th, td') ?? []).map((cell) => plain(cell.textContent));
    expect(cells(1)).toEqual(['1812', 'Sømna', '1 981', '8 712', '15 477', '24 189']);
    expect(cells(3)).toEqual(['Sum', '28 073', '17 424', '219 329', '236 754']);
  });

  it('lets the table scroll in a focusable region named by its caption', () => {
    renderWithI18n(<AllocationTable caption="Fordeling" allocation={allocation} />);
    const region = screen.getByRole('region', { name: 'Fordeling' });
    expect(region.getAttribute('tabindex')).toBe('0');
  });
});
