import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { RequireAccess } from './require-access';
import type { SignedInUser } from './use-session';

interface CommunityAdminPageProps {
  title: string;
  /** The page's path below the community, e.g. "audit". */
  pathSegment: string;
  community: { id: string; name: string; shortName: string } | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  allowed: (me: SignedInUser, communityId: string) => boolean;
  deniedBody: string;
  children: ReactNode;
}

/** The frame of a community's admin page: title, breadcrumbs, loading and errors, and the access gate. */
export function CommunityAdminPage(props: CommunityAdminPageProps) {
  const { t } = useTranslation();
  const { community, title } = props;
  useDocumentTitle(community ? `${title} – ${community.shortName}` : title);

  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {props.loading && <Loading />}
        {props.error !== undefined && <QueryError error={props.error} onRetry={props.onRetry} />}
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
          { label: title, to: `${communityPath}/${props.pathSegment}` },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
      </div>
      <RequireAccess
        allowed={(me) => props.allowed(me, community.id)}
        deniedBody={props.deniedBody}
        deniedLink={<AppLink to={communityPath}>{t('access.backToCommunity', { name: community.shortName })}</AppLink>}
      >
        {props.children}
      </RequireAccess>
    </>
  );
}
