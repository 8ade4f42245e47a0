import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useYearParam } from '../../shared/use-year-param';
import { YearSelect } from '../../shared/year-select';
import { populationYears } from './partners';
import { PartnersTable } from './partners-table';

export const PartnersSectionFragment = graphql(`
  fragment PartnersSection_Community on Community {
    name
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
      <PartnersTable communityName={community.name} partners={community.partners} year={year} />
    </section>
  );
}
