import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import { Loading, QueryError } from '../../shared/query-state';
import { AuditEventsTable } from './audit-events-table';
import { auditFilterFromSearch, auditFilterInput, auditFilterSearch } from './audit-filter';
import { AuditFilters } from './audit-filters';
import { appendOlderEvents } from './audit-pages';

/** Events per page; "Vis eldre" asks for the next page. */
const pageSize = 50;

const AuditUsersQuery = graphql(`
  query AuditUsers($communityId: ID!) {
    users(communityId: $communityId) {
      id
      name
      ...AuditFilters_User
    }
  }
`);

const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {
    auditEvents(filter: $filter, first: $first, before: $before) {
      nextBefore
      events {
        id
        ...AuditEventsTable_AuditEvent
      }
    }
  }
`);

/** The filter (kept in the URL, so a filtered view can be shared and survives reload) and the events. */
export function AuditLog({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = auditFilterFromSearch(searchParams);
  const search = auditFilterSearch(values).toString();
  const filter = useMemo(() => auditFilterInput(communityId, auditFilterFromSearch(new URLSearchParams(search))), [communityId, search]);

  const users = useQuery(AuditUsersQuery, { variables: { communityId }, fetchPolicy: 'cache-and-network' });
  const userNames = useMemo(() => new Map((users.data?.users ?? []).map((user) => [user.id, user.name])), [users.data]);
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { filter, first: pageSize, before: null },
    fetchPolicy: 'cache-and-network',
  });
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const page = data?.auditEvents;

  const showOlder = async () => {
    if (!page?.nextBefore || loadingMore) return;
    setMoreError(undefined);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { before: page.nextBefore },
        updateQuery: (previous, { fetchMoreResult }) => appendOlderEvents(previous, fetchMoreResult),
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <AuditFilters
        // A new filter in the URL (back button, a link) starts the form afresh.
        key={search}
        values={values}
        users={users.data?.users ?? []}
        onApply={(next) => setSearchParams(auditFilterSearch(next))}
      />
      <section aria-labelledby={headingId} className="page-section">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('audit.columns.changes')}
        </Heading>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {loading && !page && <Loading />}
        {page?.events.length === 0 && <Paragraph>{t('audit.empty')}</Paragraph>}
        {page && page.events.length > 0 && <AuditEventsTable events={page.events} userNames={userNames} />}
        <p role="status" className="audit-count">
          {page && page.events.length > 0 && (
            <>
              {t('audit.showing', { count: page.events.length })} {!page.nextBefore && t('audit.allShown')}
            </>
          )}
        </p>
        {moreError !== undefined && <QueryError error={moreError} />}
        {page?.nextBefore && (
          <div>
            <Button variant="secondary" loading={loadingMore} onClick={() => void showOlder()}>
              {t('audit.showOlder')}
            </Button>
          </div>
        )}
      </section>
    </>
  );
}
