import { Button, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { roleLabel, sortRoles } from '../../shared/role-labels';
import { ScrollableTable } from '../../shared/scrollable-table';

export const UsersTableCommunityFragment = graphql(`
  fragment UsersTable_Community on Community {
    id
    name
    shortName
    regionalCouncils {
      id
      name
    }
    partners {
      id
      name
    }
  }
`);

export const UsersTableUserFragment = graphql(`
  fragment UsersTable_User on User {
    id
    name
    email
    hasPassword
    usesIdentityProvider
    roles {
      id
      role
      communityId
      regionalCouncilId
      partnerId
    }
  }
`);

export interface RevokeRequest {
  roleGrantId: string;
  userName: string;
  roleLabel: string;
}

interface UsersTableProps {
  community: FragmentType<typeof UsersTableCommunityFragment>;
  users: readonly FragmentType<typeof UsersTableUserFragment>[];
  onRevoke: (request: RevokeRequest) => void;
}

export function UsersTable({ onRevoke, ...props }: UsersTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const community = getFragmentData(UsersTableCommunityFragment, props.community);
  const users = getFragmentData(UsersTableUserFragment, props.users);

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra>
        <caption id={captionId}>{t('users.caption', { name: community.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('users.columns.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.columns.email')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.columns.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.columns.signIn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => {
            const label = (grant: (typeof user.roles)[number]) => roleLabel(grant, t, [community], false);
            return (
              <Table.Row key={user.id}>
                <Table.HeaderCell scope="row">{user.name}</Table.HeaderCell>
                <Table.Cell>{user.email ?? <span className="muted">{t('users.hiddenEmail')}</span>}</Table.Cell>
                <Table.Cell>
                  <ul className="role-list">
                    {sortRoles(user.roles, label).map((grant) => (
                      <li key={grant.id}>
                        <span>{label(grant)}</span>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          onClick={() => onRevoke({ roleGrantId: grant.id, userName: user.name, roleLabel: label(grant) })}
                        >
                          {t('users.revoke.button')}
                          <span className="ds-sr-only"> {t('users.revoke.buttonDetail', { role: label(grant), name: user.name })}</span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </Table.Cell>
                <Table.Cell>{t(`users.signInMethod.${signInMethod(user)}`)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}

function signInMethod(user: { hasPassword: boolean; usesIdentityProvider: boolean }): 'password' | 'provider' | 'both' | 'none' {
  if (user.hasPassword && user.usesIdentityProvider) return 'both';
  if (user.hasPassword) return 'password';
  return user.usesIdentityProvider ? 'provider' : 'none';
}
