import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../shared/use-formatters';
import { osloDate } from '@helsefellesskap/calendar';

interface ReportBadgeProps {
  frozen: boolean;
  frozenAt: string | null | undefined;
  caseReference: string | null | undefined;
}

/** "Utkast", or "Fastsatt <date>, vedlegg til <case>". */
export function ReportBadge({ frozen, frozenAt, caseReference }: ReportBadgeProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  if (!frozen) {
    return (
      <Tag data-color="warning" className="report-badge">
        {t('actionPlan.reports.draft')}
      </Tag>
    );
  }
  // The day it was frozen in Norway, where the case was handled.
  const date = frozenAt ? formatters.date(osloDate(new Date(frozenAt))) : '';
  return (
    <Tag data-color="success" className="report-badge">
      {caseReference ? t('actionPlan.reports.frozenBadge', { date, caseReference }) : t('actionPlan.reports.frozenBadgeNoCase', { date })}
    </Tag>
  );
}
