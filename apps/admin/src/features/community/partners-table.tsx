import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { populationIn, sortPartners } from './partners';

export const PartnersTableFragment = graphql(`
  fragment PartnersTable_Partner on Partner {
    id
    name
    kind
    municipalityNumber
    leftOn
    populations {
      year
      population
    }
    regionalCouncil {
      id
      name
    }
  }
`);

interface PartnersTableProps {
  communityName: string;
  partners: readonly FragmentType<typeof PartnersTableFragment>[];
  year: number | undefined;
  /** Where a partner's own page is, for those who may change it. */
  partnerLink?: (partnerId: string) => string;
}

export function PartnersTable({ communityName, year, partnerLink, ...props }: PartnersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const captionId = useId();
  const partners = sortPartners(getFragmentData(PartnersTableFragment, props.partners));

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra>
        <caption id={captionId}>{t('community.partners.caption', { name: communityName })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('community.partners.columns.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('community.partners.columns.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('community.partners.columns.municipalityNumber')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {year === undefined ? t('community.partners.columns.populationNoYear') : t('community.partners.columns.population', { year })}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('community.partners.columns.regionalCouncil')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {partners.map((partner) => {
            const population = populationIn(partner.populations, year);
            return (
              <Table.Row key={partner.id}>
                <Table.HeaderCell scope="row">
                  {partnerLink ? <AppLink to={partnerLink(partner.id)}>{partner.name}</AppLink> : partner.name}
                  {partner.leftOn && (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="warning">
                        {t('community.partners.leftOn', { date: format.date(partner.leftOn) })}
                      </Tag>
                    </>
                  )}
                </Table.HeaderCell>
                <Table.Cell>{t(`community.partnerKind.${partner.kind}`)}</Table.Cell>
                <Table.Cell>{partner.municipalityNumber ?? <NotRecorded />}</Table.Cell>
                <Table.Cell className="numeric">{population === undefined ? <NotRecorded /> : format.integer(population)}</Table.Cell>
                <Table.Cell>{partner.regionalCouncil?.name ?? <NotRecorded />}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
