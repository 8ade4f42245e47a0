import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { councilPath } from '../organs/paths';
import { newRegionalCouncilPath, regionalCouncilEditPath } from '../register/paths';

export const RegionalCouncilsSectionFragment = graphql(`
  fragment RegionalCouncilsSection_Community on Community {
    canEditRegister
    regionalCouncils {
      id
      name
      members {
        id
        name
        municipalityNumber
      }
    }
  }
`);

export function RegionalCouncilsSection(props: { community: FragmentType<typeof RegionalCouncilsSectionFragment> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { regionalCouncils, canEditRegister } = getFragmentData(RegionalCouncilsSectionFragment, props.community);
  const { communityId } = useParams();

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('community.regionalCouncils.heading')}
      </Heading>
      <Paragraph>{t('community.regionalCouncils.intro')}</Paragraph>
      {canEditRegister && communityId && (
        <Paragraph>
          <AppLink to={newRegionalCouncilPath(communityId)}>{t('register.council.newLink')}</AppLink>
        </Paragraph>
      )}
      {regionalCouncils.length === 0 ? (
        <Paragraph>{t('community.regionalCouncils.empty')}</Paragraph>
      ) : (
        <ul className="card-grid">
          {regionalCouncils.map((council) => (
            <li key={council.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  {communityId ? <AppLink to={councilPath(communityId, council.id)}>{council.name}</AppLink> : council.name}
                </Heading>
                <Paragraph data-size="sm">{t('community.regionalCouncils.members', { count: council.members.length })}</Paragraph>
                <ul className="inline-list" aria-label={t('community.regionalCouncils.membersLabel', { name: council.name })}>
                  {[...council.members]
                    .sort((a, b) => (a.municipalityNumber ?? '').localeCompare(b.municipalityNumber ?? ''))
                    .map((member) => (
                      <li key={member.id}>{member.name}</li>
                    ))}
                </ul>
                {canEditRegister && communityId && (
                  <AppLink to={regionalCouncilEditPath(communityId, council.id)}>
                    {t('register.council.editLink', { name: council.name })}
                  </AppLink>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
