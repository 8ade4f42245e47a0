import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { canReadAuditLog } from '../session/access';
import { RequireAccess } from '../session/require-access';
import { AuditLog } from './audit-log';

const AuditPageQuery = graphql(`
  query AuditPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
    }
  }
`);

export function AuditPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AuditPageQuery, { variables: { communityId } });
  const community = data?.community;
  useDocumentTitle(community ? `${t('audit.title')} – ${community.shortName}` : t('audit.title'));

  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('audit.title')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: t('audit.title'), to: `${communityPath}/audit` },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {t('audit.title')}
        </Heading>
      </div>
      <RequireAccess
        allowed={(me) => canReadAuditLog(me, community.id)}
        deniedBody={t('access.auditDenied')}
        deniedLink={<AppLink to={communityPath}>{t('access.backToCommunity', { name: community.shortName })}</AppLink>}
      >
        <Paragraph variant="long">{t('audit.intro')}</Paragraph>
        <AuditLog communityId={community.id} />
      </RequireAccess>
    </>
  );
}
