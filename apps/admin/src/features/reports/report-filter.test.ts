import { describe, expect, it } from 'vitest';

import { readReportFilter, reportFilterSearch, toReportFilterInput } from './report-filter';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('the report filter in the address', () => {
  it('reads communities, dates and the interval, and writes them back the same', () => {
    const params = new URLSearchParams(`communityIds=${A},${B}&from=2023-01-01&to=2024-12-31&interval=QUARTER`);
    const filter = readReportFilter(params);
    expect(filter).toEqual({ communityIds: [A, B], from: '2023-01-01', to: '2024-12-31', interval: 'QUARTER' });
    expect(reportFilterSearch(filter).toString()).toBe(params.toString());
  });

  it('leaves out what is not well-formed, so the report falls back to its defaults', () => {
    const filter = readReportFilter(new URLSearchParams(`communityIds=nonsense,${A},${A}&from=2024-13-01&interval=weekly`));
    expect(filter).toEqual({ communityIds: [A], from: null, to: null, interval: 'YEAR' });
    expect(toReportFilterInput({ ...filter, communityIds: [] })).toEqual({ communityIds: null, from: null, to: null });
  });

  it('adds the export’s own parameters', () => {
    expect(
      reportFilterSearch({ communityIds: [], from: null, to: '2024-12-31', interval: 'YEAR' }, { table: 'communities' }).toString(),
    ).toBe('to=2024-12-31&table=communities');
  });
});
