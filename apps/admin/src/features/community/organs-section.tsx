import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
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

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('community.organs.heading')}
      </Heading>
      {organs.length === 0 ? (
        <Paragraph>{t('community.organs.empty')}</Paragraph>
      ) : (
        <ul className="card-grid">
          {organs.map((organ) => (
            <li key={organ.id}>
              <OrganCard organ={organ} canEditRules={canEditRegister} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
