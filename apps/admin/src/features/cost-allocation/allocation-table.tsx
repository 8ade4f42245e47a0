import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Resources } from '../../app/locales/nb';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { allocationTotals, sortByMunicipalityNumber } from './allocation-totals';

export const AllocationTableFragment = graphql(`
  fragment AllocationTable_CostAllocation on CostAllocation {
    municipalShare
    totalPopulation
    lines {
      municipalityNumber
      name
      population
      fixedPart
      perCapitaPart
      amount
    }
  }
`);

interface AllocationTableProps {
  caption: string;
  allocation: FragmentType<typeof AllocationTableFragment>;
}

export function AllocationTable({ caption, ...props }: AllocationTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const captionId = useId();
  const allocation = getFragmentData(AllocationTableFragment, props.allocation);
  const lines = sortByMunicipalityNumber(allocation.lines);
  const totals = allocationTotals(lines);
  const column = (key: keyof Resources['costAllocation']['allocation']['columns']) => t(`costAllocation.allocation.columns.${key}`);

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra>
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{column('municipalityNumber')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{column('municipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {column('population')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {column('fixedPart')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {column('perCapitaPart')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {column('amount')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {lines.map((line) => (
            <Table.Row key={line.municipalityNumber}>
              <Table.Cell>{line.municipalityNumber}</Table.Cell>
              <Table.HeaderCell scope="row">{line.name ?? line.municipalityNumber}</Table.HeaderCell>
              <Table.Cell className="numeric">{format.integer(line.population)}</Table.Cell>
              <Table.Cell className="numeric">{format.integer(line.fixedPart)}</Table.Cell>
              <Table.Cell className="numeric">{format.integer(line.perCapitaPart)}</Table.Cell>
              <Table.Cell className="numeric">{format.integer(line.amount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row" colSpan={2}>
              {t('costAllocation.allocation.total')}
            </Table.HeaderCell>
            <Table.Cell className="numeric">{format.integer(totals.population)}</Table.Cell>
            <Table.Cell className="numeric">{format.integer(totals.fixedPart)}</Table.Cell>
            <Table.Cell className="numeric">{format.integer(totals.perCapitaPart)}</Table.Cell>
            <Table.Cell className="numeric">{format.integer(totals.amount)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </ScrollableTable>
  );
}
