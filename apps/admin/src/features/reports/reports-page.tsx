import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { AppLink } from '../../shared/app-link';
import { useDocumentTitle } from '../../shared/use-document-title';
import { ReportsGate } from './reports-gate';

const REPORT_PATHS = { casesAndMeetings: 'cases-and-meetings', followUp: 'follow-up', costSharing: 'cost-sharing' } as const;

/** The reports section: one page per report. */
export function ReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('reports.title')}
      </Heading>
      <Paragraph variant="long">{t('reports.intro')}</Paragraph>
      <ReportsGate>
        <ul className="report-list">
          <li>
            <Heading level={2} data-size="xs">
              <AppLink to="/reports/action-plan-progress">{t('reports.list.actionPlanProgress')}</AppLink>
            </Heading>
            <Paragraph>{t('reports.list.actionPlanProgressDescription')}</Paragraph>
          </li>
          <li>
            <Heading level={2} data-size="xs">
              <AppLink to="/reports/representation">{t('reports.list.representation')}</AppLink>
            </Heading>
            <Paragraph>{t('reports.list.representationDescription')}</Paragraph>
          </li>
          {(['casesAndMeetings', 'followUp', 'costSharing'] as const).map((report) => (
            <li key={report}>
              <Heading level={2} data-size="xs">
                <AppLink to={`/reports/${REPORT_PATHS[report]}`}>{t(`reports.list.${report}`)}</AppLink>
              </Heading>
              <Paragraph>{t(`reports.list.${report}Description`)}</Paragraph>
            </li>
          ))}
        </ul>
      </ReportsGate>
    </>
  );
}
