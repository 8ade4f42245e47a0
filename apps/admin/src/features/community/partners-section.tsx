import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { useYearParam } from '../../shared/use-year-param';
import { YearSelect } from '../../shared/year-select';
import { newPartnerPath, partnerPath, populationImportPath } from '../register/paths';
import { populationYears } from './partners';
import { PartnersTable } from './partners-table';

export const PartnersSectionFragment = graphql(`
  fragment PartnersSection_Community on Community {
    id
    name
    canEditRegister
    partners {
      id
      populations {
        year
        population
      }
      ...PartnersTable_Partner
    }
  }
`);

export function PartnersSection(props: { community: FragmentType<typeof PartnersSectionFragment> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const community = getFragmentData(PartnersSectionFragment, props.community);
  const years = populationYears(community.partners);
  const [year, setYear] = useYearParam('populationYear', years);

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('community.partners.heading')}
      </Heading>
      {year === undefined ? (
        <Paragraph>{t('community.partners.noFigures')}</Paragraph>
      ) : (
        <YearSelect label={t('community.partners.yearLabel')} years={years} value={year} onChange={setYear} />
      )}
      {community.canEditRegister && (
        <ul className="inline-list admin-links">
          <li>
            <AppLink to={newPartnerPath(community.id)}>{t('register.partnerDetails.newLink')}</AppLink>
          </li>
          <li>
            <AppLink to={populationImportPath(community.id)}>{t('register.importLink')}</AppLink>
          </li>
        </ul>
      )}
      <PartnersTable
        communityName={community.name}
        partners={community.partners}
        year={year}
        partnerLink={community.canEditRegister ? (partnerId) => partnerPath(community.id, partnerId) : undefined}
      />
    </section>
  );
}
