import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import { chooseYear } from './year-param';

/** A year kept in the URL (shareable, survives reload), constrained to the available years. */
export function useYearParam(name: string, availableYears: readonly number[]): [number | undefined, (year: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = chooseYear(searchParams.get(name), availableYears);
  const setYear = useCallback(
    (next: number) => {
      setSearchParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set(name, String(next));
          return updated;
        },
        { replace: true },
      );
    },
    [name, setSearchParams],
  );
  return [year, setYear];
}
