import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import type { UsersPageQuery as UsersPageData } from '../../gql/graphql';
import { Loading, QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { canManageUsers } from '../session/access';
import { CommunityAdminPage } from '../session/community-admin-page';
import { GrantRoleForm } from './grant-role-form';
import { RevokeRoleDialog } from './revoke-role-dialog';
import { type RevokeRequest, UsersTable } from './users-table';

const UsersPageQuery = graphql(`
  query UsersPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      ...UsersTable_Community
      ...GrantRoleForm_Community
    }
  }
`);

const CommunityUsersQuery = graphql(`
  query CommunityUsers($communityId: ID!) {
    users(communityId: $communityId) {
      id
      ...UsersTable_User
    }
  }
`);

export function UsersPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(UsersPageQuery, { variables: { communityId } });
  const community = data?.community;
  return (
    <CommunityAdminPage
      title={t('users.title')}
      pathSegment="users"
      community={community}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      allowed={canManageUsers}
      deniedBody={t('access.usersDenied')}
    >
      {community && (
        <>
          <Paragraph variant="long">{t('users.intro')}</Paragraph>
          <CommunityUsers community={community} />
          <GrantRoleForm community={community} />
        </>
      )}
    </CommunityAdminPage>
  );
}

function CommunityUsers({ community }: { community: UsersPageData['community'] }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(CommunityUsersQuery, {
    variables: { communityId: community.id },
    fetchPolicy: 'cache-and-network',
  });
  const [revoking, setRevoking] = useState<RevokeRequest>();
  const [done, setDone] = useState<string>();
  const statusRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <StatusMessage ref={statusRef} message={done} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.users.length === 0 && <Paragraph>{t('users.empty')}</Paragraph>}
      {data && data.users.length > 0 && (
        <UsersTable
          community={community}
          users={data.users}
          onRevoke={(request) => {
            setDone(undefined);
            setRevoking(request);
          }}
        />
      )}
      <RevokeRoleDialog
        request={revoking}
        communityName={community.shortName}
        onClose={() => setRevoking(undefined)}
        onRevoked={(request) => {
          setRevoking(undefined);
          setDone(t('users.revoke.done', { name: request.userName, role: request.roleLabel }));
          // The button that opened the dialog is gone with the role; focus the message instead.
          statusRef.current?.focus();
        }}
      />
    </>
  );
}
