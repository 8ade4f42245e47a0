import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatIsoDate, localeFor } from '@helsefellesskap/calendar';

import { formatInteger, formatKroner, formatPercent } from './format';

export interface Formatters {
  integer: (value: number) => string;
  kroner: (value: number) => string;
  percent: (ratio: number) => string;
  date: (isoDate: string) => string;
  /** A moment in the user's time zone. */
  dateTime: (isoDateTime: string) => string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return useMemo(
    () => ({
      integer: (value) => formatInteger(value, locale),
      kroner: (value) => formatKroner(value, locale),
      percent: (ratio) => formatPercent(ratio, locale),
      date: (isoDate) => formatIsoDate(isoDate, locale),
      dateTime: (isoDateTime) => formatDateTime(isoDateTime, locale),
    }),
    [locale],
  );
}
