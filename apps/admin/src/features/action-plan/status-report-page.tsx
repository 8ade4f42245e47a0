import { yearOf } from '@helsefellesskap/calendar';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { CaseReference } from '../cases/case-reference';
import { RequireAccess } from '../session/require-access';
import { FreezeReport } from './freeze-report';
import { useToday } from '../../shared/use-today';
import { parseYearParam, type ReportYearOption } from './plan-dates';
import { planPath, reportPath } from './plan-paths';
import { ReportBadge } from './report-badge';
import { ReportPreview } from './report-preview';
import { ReportYearsNav, reportYearsOf } from './report-years';
import './action-plan.css';

const StatusReportPlanQuery = graphql(`
  query StatusReportPlan($communityId: ID!, $planId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      actionPlans {
        id
      }
    }
    actionPlan(id: $planId) {
      id
      title
      canReadInternal
      ...ReportYears_ActionPlan
    }
  }
`);

const StatusReportViewQuery = graphql(`
  query StatusReportView($planId: ID!, $year: Int!) {
    actionPlan(id: $planId) {
      id
      statusReport(year: $year) {
        id
        year
        frozen
        frozenAt
        caseReference
        caseLink {
          id
        }
        pdfUrl
        canFreeze
        ...ReportPreview_StatusReport
      }
    }
  }
`);

/** A year's status report: frozen (public) or the draft (the community), with the year picker and the PDF. */
export function StatusReportPage() {
  const { t } = useTranslation();
  const { communityId = '', planId = '', year: yearParam } = useParams();
  const year = parseYearParam(yearParam);
  const { data, error, loading, refetch } = useQuery(StatusReportPlanQuery, { variables: { communityId, planId } });
  const today = useToday();
  const statusRef = useRef<HTMLDivElement>(null);
  const [frozenMessage, setFrozenMessage] = useState<{ year: number; text: string }>();
  useEffect(() => {
    // After freezing, the form and its dialog are gone: focus lands on the confirmation.
    if (frozenMessage) statusRef.current?.focus();
  }, [frozenMessage]);
  const community = data?.community;
  const plan = data?.actionPlan;
  const title = year === undefined ? t('actionPlan.reports.heading') : t('actionPlan.reports.title', { year });
  useDocumentTitle(plan ? `${title} – ${plan.title}` : title);

  if (!community || !plan || today === undefined) {
    const waiting = loading || today === undefined;
    return (
      <>
        <Heading level={1} data-size="lg">
          {waiting ? t('common.loading') : title}
        </Heading>
        {waiting && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  const known = community.actionPlans.some((candidate) => candidate.id === plan.id);
  const currentYear = yearOf(today);
  const options = reportYearsOf(plan, currentYear);
  const option = options.find((candidate) => candidate.year === year);

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: plan.title, to: planPath(community.id, plan.id) },
          ...(year === undefined ? [] : [{ label: title, to: reportPath(community.id, plan.id, year) }]),
        ]}
      />
      <div>
        <Paragraph className="kicker">
          {community.name} – {plan.title}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
      </div>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!known ? (
        <Alert data-color="warning">
          <Paragraph>{t('actionPlan.page.notInCommunity')}</Paragraph>
          <Paragraph>
            <AppLink to={communityPath}>{t('actionPlan.page.backToCommunity', { name: community.shortName })}</AppLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <ReportYearsNav communityId={community.id} planId={plan.id} options={options} selectedYear={year} />
          <StatusMessage ref={statusRef} message={frozenMessage && frozenMessage.year === year ? frozenMessage.text : undefined} />
          {year === undefined || option === undefined ? (
            <Alert data-color="warning">
              <Paragraph>{year === undefined ? t('actionPlan.reports.notAYear') : t('actionPlan.reports.unknownYear', { year })}</Paragraph>
            </Alert>
          ) : (
            <ReportView
              key={year}
              planId={plan.id}
              option={option}
              canReadDraft={plan.canReadInternal}
              onFrozen={(text) => setFrozenMessage({ year, text })}
            />
          )}
        </>
      )}
    </>
  );
}

interface ReportViewProps {
  planId: string;
  option: ReportYearOption;
  /** Whether the API lets the signed-in user read drafts of this plan's reports (the community's own users). */
  canReadDraft: boolean;
  onFrozen: (message: string) => void;
}

/** A draft is internal: the public is asked to sign in and other communities are told so before the API is asked. */
function ReportView(props: ReportViewProps) {
  const { t } = useTranslation();
  if (props.option.frozen) return <ReportContent {...props} />;
  return (
    <RequireAccess allowed={() => props.canReadDraft} deniedBody={t('actionPlan.reports.draftDenied')}>
      <ReportContent {...props} />
    </RequireAccess>
  );
}

function ReportContent({ planId, option, onFrozen }: ReportViewProps) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(StatusReportViewQuery, {
    variables: { planId, year: option.year },
    // A draft is built afresh from the latest updates on every request.
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.actionPlan.statusReport;

  return (
    <>
      {!report && loading && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {report && (
        <>
          <div className="report-meta">
            <ReportBadge frozen={report.frozen} frozenAt={report.frozenAt} caseReference={report.caseReference} />
            {report.pdfUrl && (
              <Link href={report.pdfUrl} type="application/pdf" className="report-pdf">
                {t('actionPlan.reports.pdf')}
              </Link>
            )}
          </div>
          {report.caseReference && report.caseLink && (
            <Paragraph>
              {t('actionPlan.reports.attachedTo')} <CaseReference reference={report.caseReference} linked={report.caseLink} />
            </Paragraph>
          )}
          <ReportPreview planId={planId} report={report} />
          {report.canFreeze && <FreezeReport planId={planId} year={option.year} onFrozen={onFrozen} />}
        </>
      )}
    </>
  );
}
