import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { canReadAuditLog } from '../session/access';
import { CommunityAdminPage } from '../session/community-admin-page';
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
  return (
    <CommunityAdminPage
      title={t('audit.title')}
      pathSegment="audit"
      community={data?.community}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      allowed={canReadAuditLog}
      deniedBody={t('access.auditDenied')}
    >
      <Paragraph variant="long">{t('audit.intro')}</Paragraph>
      <AuditLog communityId={communityId} />
    </CommunityAdminPage>
  );
}
