import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { ActionPlansSection } from '../action-plan/action-plans-section';
import { countPartners } from '../communities/partner-counts';
import { communityDetailsPath } from '../register/paths';
import { publicCalendarPath } from '../public-calendar/public-calendar-page';
import { CommunityAdminLinks } from './community-admin-links';
import { OrgansSection } from './organs-section';
import { PartnersSection } from './partners-section';
import { RegionalCouncilsSection } from './regional-councils-section';

const CommunityQuery = graphql(`
  query Community($id: ID!) {
    community(id: $id) {
      id
      name
      shortName
      canEditRegister
      partners {
        id
        kind
      }
      ...PartnersSection_Community
      ...RegionalCouncilsSection_Community
      ...OrgansSection_Community
      ...ActionPlansSection_Community
    }
  }
`);

export function CommunityPage() {
  const { t } = useTranslation();
  const { communityId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CommunityQuery, {
    variables: { id: communityId },
  });
  const community = data?.community;
  useDocumentTitle(community?.name);

  if (!community) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {loading ? t('common.loading') : t('community.unavailable')}
        </Heading>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  const counts = countPartners(community.partners);
  const path = `/communities/${encodeURIComponent(community.id)}`;

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: path },
        ]}
      />
      <Heading level={1} data-size="lg">
        {community.name}
      </Heading>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Paragraph>
        {t('community.summary', { count: counts.municipalities })}, {t('community.hospitalTrusts', { count: counts.hospitalTrusts })}
      </Paragraph>
      <Paragraph>
        <AppLink to={`${path}/cost-allocation`}>{t('community.costAllocationLink')}</AppLink>
      </Paragraph>
      {community.canEditRegister && (
        <Paragraph>
          <AppLink to={communityDetailsPath(community.id)}>{t('register.community.link')}</AppLink>
        </Paragraph>
      )}
      <Paragraph>
        <AppLink to={publicCalendarPath(community.id)}>{t('publicCalendar.link')}</AppLink>
      </Paragraph>
      <CommunityAdminLinks communityId={community.id} path={path} />
      <PartnersSection community={community} />
      <RegionalCouncilsSection community={community} />
      <OrgansSection community={community} />
      <ActionPlansSection community={community} />
    </>
  );
}
