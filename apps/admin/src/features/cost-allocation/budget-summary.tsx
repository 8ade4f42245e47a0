import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';

export const BudgetSummaryFragment = graphql(`
  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {
    budgetYear
    costLines {
      label
      amount
    }
    totalCost
    stateGrant
    municipalShare
    fixedShareRatio
  }
`);

export function BudgetSummary(props: { budget: FragmentType<typeof BudgetSummaryFragment> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const budget = getFragmentData(BudgetSummaryFragment, props.budget);

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('costAllocation.budget.heading', { year: budget.budgetYear })}
      </Heading>
      <ScrollableTable captionId={captionId}>
        <Table>
          <caption id={captionId}>{t('costAllocation.budget.caption', { year: budget.budgetYear })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('costAllocation.budget.item')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t('costAllocation.budget.amount')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {budget.costLines.map((line, index) => (
              <Table.Row key={`${index}-${line.label}`}>
                <Table.HeaderCell scope="row">{line.label}</Table.HeaderCell>
                <Table.Cell className="numeric">{format.integer(line.amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('costAllocation.budget.totalCost')}</Table.HeaderCell>
              <Table.Cell className="numeric">{format.integer(budget.totalCost)}</Table.Cell>
            </Table.Row>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('costAllocation.budget.stateGrant')}</Table.HeaderCell>
              <Table.Cell className="numeric">{format.integer(-budget.stateGrant)}</Table.Cell>
            </Table.Row>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('costAllocation.budget.municipalShare')}</Table.HeaderCell>
              <Table.Cell className="numeric">{format.integer(budget.municipalShare)}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </ScrollableTable>
      <Paragraph>
        {t('costAllocation.budget.model', {
          fixed: format.percent(budget.fixedShareRatio),
          perCapita: format.percent(1 - budget.fixedShareRatio),
        })}
      </Paragraph>
    </section>
  );
}
