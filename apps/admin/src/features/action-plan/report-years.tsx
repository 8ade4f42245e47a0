import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { type ReportYearOption, reportYearOptions } from './plan-dates';
import { reportPath } from './plan-paths';

export const ReportYearsFragment = graphql(`
  fragment ReportYears_ActionPlan on ActionPlan {
    id
    periodFrom
    lastReportYear
    statusReportYears {
      year
      frozen
      caseReference
      frozenAt
    }
  }
`);

/** The report years of a plan: the stored reports and a draft for each year it reports on, up to this year. */
export function reportYearsOf(plan: FragmentType<typeof ReportYearsFragment>, currentYear: number): ReportYearOption[] {
  const data = getFragmentData(ReportYearsFragment, plan);
  return reportYearOptions(data, data.statusReportYears, currentYear);
}

interface ReportYearsNavProps {
  communityId: string;
  planId: string;
  options: readonly ReportYearOption[];
  /** The year shown, marked as the current page. */
  selectedYear?: number;
}

/** The year picker: one link per report year, each marked draft or frozen in words. */
export function ReportYearsNav({ communityId, planId, options, selectedYear }: ReportYearsNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('actionPlan.reports.yearsLabel')}>
      <ul className="report-years">
        {options.map((option) => (
          <li key={option.year}>
            <AppLink
              to={reportPath(communityId, planId, option.year)}
              aria-current={option.year === selectedYear ? 'page' : undefined}
              className="report-years__link"
            >
              {t('actionPlan.reports.yearLink', { year: option.year })}
            </AppLink>
            <Tag data-size="sm" data-color={option.frozen ? 'success' : 'warning'}>
              {option.frozen ? t('actionPlan.reports.frozen') : t('actionPlan.reports.draft')}
            </Tag>
          </li>
        ))}
      </ul>
    </nav>
  );
}
