import { useQuery } from '@apollo/client/react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { MeetingNoticeSection } from './notice-panel';

const MeetingNoticePageQuery = graphql(`
  query MeetingNoticePage($communityId: ID!) {
    community(id: $communityId) {
      id
      shortName
      canEditRegister
    }
  }
`);

/** The path of a meeting's notice and attendance page. */
export function meetingNoticePath(communityId: string, meetingId: string): string {
  return `/communities/${encodeURIComponent(communityId)}/meetings/${encodeURIComponent(meetingId)}/notice`;
}

/** A meeting's notice (preview and send, for the secretariat) and its absences and deputies, on a page of its own. */
export function MeetingNoticePage() {
  const { t } = useTranslation();
  const { communityId = '', meetingId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(MeetingNoticePageQuery, { variables: { communityId } });
  useDocumentTitle(t('notice.pageTitle'));
  const community = data?.community;
  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('notice.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: t('notice.pageTitle'), to: meetingNoticePath(community.id, meetingId) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {t('notice.pageTitle')}
      </Heading>
      <MeetingNoticeSection meetingId={meetingId} canSend={community.canEditRegister} />
    </>
  );
}
