import { describe, expect, it } from 'vitest';

import { initialWhatIfValues } from './what-if-values';

describe('initialWhatIfValues', () => {
  it('starts from the real allocation, leaving out municipalities that pay nothing', () => {
    const values = initialWhatIfValues(
      {
        municipalShare: 740539,
        fixedShareRatio: 0.2,
        lines: [
          { municipalityNumber: '1812', name: 'Sømna', population: 1981, amount: 24189 },
          { municipalityNumber: '1811', name: 'Bindal', population: 0, amount: 0 },
        ],
      },
      ',',
    );
    expect(values).toEqual({
      municipalShare: '740539',
      fixedSharePercent: '20',
      municipalities: [
        { municipalityNumber: '1811', name: 'Bindal', participates: false, population: '0' },
        { municipalityNumber: '1812', name: 'Sømna', participates: true, population: '1981' },
      ],
    });
  });
});
