import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { excelText } from '../../exports/csv-export.js';
import { allocationCsv } from './allocation-csv.js';
import { allocationExportTable, allocationFileName } from './allocation-export.js';

describe('allocation export', () => {
  it('names the file by the community and the year, keeping Norwegian letters', () => {
    expect(allocationFileName('Lofoten, Vesterålen, Salten', 2027, 'xlsx')).toBe('kostnadsfordeling-lofoten-vesterålen-salten-2027.xlsx');
    expect(allocationFileName('Helgeland', 2025, 'csv')).toBe('kostnadsfordeling-helgeland-2025.csv');
    expect(allocationFileName('  ', 2025, 'csv')).toBe('kostnadsfordeling-helsefellesskap-2025.csv');
  });

  it('writes the table with a byte order mark, semicolons, decimal commas and quotes only where needed', () => {
    const table = allocationExportTable({
      budgetYear: 2025,
      populationYear: 2024,
      allocation: {
        municipalShare: 3,
        fixedSharePpm: 0,
        totalPopulation: 3,
        lines: [
          { municipalityNumber: '1833', name: 'Rana; by', population: 2, fixedPart: 0, perCapitaPart: 2, amount: 2 },
          { municipalityNumber: '1812', name: 'Sømna', population: 1, fixedPart: 0, perCapitaPart: 1, amount: 1 },
        ],
      },
    });
    expect(allocationCsv(table).split('\r\n')).toEqual([
      '\uFEFFKommunenummer;Kommune;Innbyggere 1.1.2024;Fast andel (kr);Andel etter innbyggertall (kr);Å betale (kr);Andel av kommunenes del (%)',
      '"=""1812""";Sømna;1;0;1;1;33,33',
      '"=""1833""";"Rana; by";2;0;2;2;66,67',
      ';Sum;3;0;3;3;100,00',
      '',
    ]);
  });

  it('keeps the leading zero of Oslo’s 0301 as text Excel does not turn into the number 301', () => {
    const table = allocationExportTable({
      budgetYear: 2025,
      populationYear: 2024,
      allocation: {
        municipalShare: 10,
        fixedSharePpm: 0,
        totalPopulation: 10,
        lines: [{ municipalityNumber: '0301', name: 'Oslo', population: 10, fixedPart: 0, perCapitaPart: 10, amount: 10 }],
      },
    });
    const records: string[][] = parse(allocationCsv(table), { bom: true, delimiter: ';' });
    // What Excel reads in the cell: a formula whose value is the text 0301.
    expect(records[1]?.[0]).toBe('="0301"');
    expect(excelText('0301')).toBe('="0301"');
    expect(() => excelText('=1+1')).toThrow(/Not a code of digits/);
  });
});
