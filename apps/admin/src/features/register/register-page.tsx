import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';

interface RegisterPageProps {
  /** The community as read; undefined while loading or when it cannot be read. */
  community: { id: string; shortName: string; canEditRegister: boolean } | undefined;
  /** The page's query: whether it is loading, its error, a retry. */
  query: { loading: boolean; error?: unknown; refetch: () => unknown };
  /** The page's heading; undefined when its record is not in the community. */
  title: string | undefined;
  /** The heading when the community or the record cannot be shown. */
  unavailable: string;
  /** This page's own path, its last crumb. */
  path: string;
  /** What everyone who can read the page sees, above the forms. */
  summary?: ReactNode;
  /** The form(s), shown to those who may change the register. */
  children: ReactNode;
}

/**
 * A page of the register that edits or adds a record: the breadcrumbs, the heading, a message from
 * the page that created the record (see `createdState`), and the forms for those who may edit.
 */
export function RegisterPage({ community, query, title, unavailable, path, summary, children }: RegisterPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const created = createdMessage(useLocation().state);
  if (!community || title === undefined) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {query.loading ? t('common.loading') : unavailable}
        </Heading>
        {query.loading && <Loading />}
        {query.error !== undefined && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      </>
    );
  }
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: title, to: path },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <StatusMessage message={created} />
      {summary}
      {community.canEditRegister ? children : <Paragraph>{t('register.notAllowed')}</Paragraph>}
    </>
  );
}

/** Opens the page of a record just created, which then says so with `message`. */
export function useOpenCreated() {
  const navigate = useNavigate();
  return (path: string, message: string) => navigate(path, { state: { created: message } });
}

function createdMessage(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && 'created' in state && typeof state.created === 'string' ? state.created : undefined;
}
