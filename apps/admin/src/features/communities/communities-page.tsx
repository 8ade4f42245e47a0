import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { CommunitiesTable } from './communities-table';

const CommunitiesQuery = graphql(`
  query Communities {
    communities {
      id
      ...CommunityRow_Community
    }
  }
`);

export function CommunitiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('communities.title'));
  const { data, error, loading, refetch } = useQuery(CommunitiesQuery);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('communities.title')}
      </Heading>
      <Paragraph variant="long">{t('communities.intro')}</Paragraph>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data?.communities.length === 0 && <Paragraph>{t('communities.empty')}</Paragraph>}
      {data && data.communities.length > 0 && <CommunitiesTable communities={data.communities} />}
    </>
  );
}
