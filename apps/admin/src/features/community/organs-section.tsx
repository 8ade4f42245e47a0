import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useParams } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { newOrganPath } from '../register/paths';
import { OrganCard } from './organ-card';

export const OrgansSectionFragment = graphql(`
  fragment OrgansSection_Community on Community {
    canEditRegister
    organs {
      id
      ...OrganCard_Organ
    }
  }
`);

export function OrgansSection(props: { community: FragmentType<typeof OrgansSectionFragment> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { organs, canEditRegister } = getFragmentData(OrgansSectionFragment, props.community);
  const { communityId } = useParams();

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('community.organs.heading')}
      </Heading>
      {canEditRegister && communityId && (
        <Paragraph>
          <AppLink to={newOrganPath(communityId)}>{t('register.organ.newLink')}</AppLink>
        </Paragraph>
      )}
      {organs.length === 0 ? (
        <Paragraph>{t('community.organs.empty')}</Paragraph>
      ) : (
        <ul className="card-grid">
          {organs.map((organ) => (
            <li key={organ.id}>
              <OrganCard organ={organ} canEdit={canEditRegister} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
