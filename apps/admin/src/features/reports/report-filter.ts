import { isIsoDate } from '@helsefellesskap/calendar';

/** A report's filter as the URL keeps it (shareable, survives reload): `?communityIds=a,b&from=…&to=…&interval=QUARTER`. */
export interface ReportFilterParams {
  communityIds: string[];
  from: string | null;
  to: string | null;
  interval: 'YEAR' | 'QUARTER';
}

const ID = /^[0-9a-f-]{36}$/i;

/** Reads the filter from the address; what is not well-formed is left out (the report then uses its defaults). */
export function readReportFilter(params: URLSearchParams): ReportFilterParams {
  const communityIds = (params.get('communityIds') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => ID.test(id));
  const date = (name: string) => {
    const value = params.get(name);
    return value !== null && isIsoDate(value) ? value : null;
  };
  return {
    communityIds: [...new Set(communityIds)],
    from: date('from'),
    to: date('to'),
    interval: params.get('interval') === 'QUARTER' ? 'QUARTER' : 'YEAR',
  };
}

/** The filter as query parameters, for the address and for the export links alike. */
export function reportFilterSearch(filter: ReportFilterParams, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.communityIds.length > 0) params.set('communityIds', filter.communityIds.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.interval === 'QUARTER') params.set('interval', 'QUARTER');
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

/** The GraphQL `ReportFilter` of the address's filter. */
export function toReportFilterInput(filter: ReportFilterParams): { communityIds: string[] | null; from: string | null; to: string | null } {
  return { communityIds: filter.communityIds.length > 0 ? filter.communityIds : null, from: filter.from, to: filter.to };
}
