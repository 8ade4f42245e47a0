import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../shared/use-formatters';
import type { Period } from '@helsefellesskap/calendar';

/** A term as words: "1. januar 2025 – 31. desember 2026", or "fra 1. januar 2025" while open-ended. */
export function usePeriodFormat(): (period: Period) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback(
    (period: Period) =>
      period.endsOn == null
        ? t('organs.period.openEnded', { from: format.date(period.startsOn) })
        : t('organs.period.range', { from: format.date(period.startsOn), to: format.date(period.endsOn) }),
    [t, format],
  );
}
