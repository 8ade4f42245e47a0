import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { FragmentType } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { CommunityRow, type CommunityRowFragment } from './community-row';

interface CommunitiesTableProps {
  communities: readonly ({ id: string } & FragmentType<typeof CommunityRowFragment>)[];
}

export function CommunitiesTable({ communities }: CommunitiesTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra>
        <caption id={captionId}>{t('communities.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('communities.columns.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('communities.columns.shortName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('communities.columns.municipalities')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('communities.columns.hospitalTrusts')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('communities.columns.regionalCouncils')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('communities.columns.organs')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {communities.map((community) => (
            <CommunityRow key={community.id} community={community} />
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
