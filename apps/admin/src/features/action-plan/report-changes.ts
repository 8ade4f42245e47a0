import type { Change, Locale } from '@helsefellesskap/status-schema';
import type { TFunction } from 'i18next';

import { formatProgress } from './indicator-format';
import { isStatusLevel, statusLabel } from './status-presentation';

/** A change since last year's report in words; statuses with the package's labels, progress in percent. */
export function describeChange(change: Change, t: TFunction, locale: Locale, numberLocale: string): string {
  const value = (text: string | null): string => {
    if (text === null) return '–';
    if (change.kind === 'STATUS_CHANGED') return isStatusLevel(text) ? statusLabel(text, locale) : text;
    if (change.kind === 'PROGRESS_CHANGED') {
      const number = Number(text);
      return text.trim() !== '' && Number.isFinite(number) ? formatProgress(number, numberLocale) : text;
    }
    return text;
  };
  switch (change.kind) {
    case 'NEW_SECTION':
    case 'NEW_MEASURE':
    case 'REMOVED_MEASURE':
      return t(`actionPlan.reports.change.${change.kind}`, { subject: change.subject });
    case 'STATUS_CHANGED':
    case 'PROGRESS_CHANGED':
      return t(`actionPlan.reports.change.${change.kind}`, { subject: change.subject, from: value(change.from), to: value(change.to) });
  }
}
