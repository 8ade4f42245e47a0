import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { CaseReference } from '../cases/case-reference';
import { PersonSummary } from './person-summary';
import { sortHistory } from './seats';
import { useAppointmentRoleLabel } from './use-role-label';
import { usePeriodFormat } from './use-period-format';

export const SeatHistoryFragment = graphql(`
  fragment SeatHistory_Seat on Seat {
    id
    label
    history {
      id
      role
      startsOn
      endsOn
      deputyRank
      deputyForAppointmentId
      appointedBy
      decisionReference
      decisionCase {
        id
      }
      cancelledAt
      cancellationReason
      replacedByAppointmentId
      person {
        id
        name
        title
        employer
        email
        phone
      }
    }
  }
`);

/**
 * Everyone who has held the seat, in any role, with the decision and the body that made it; an
 * appointment cancelled as registered in error (or replaced before it started) is shown as such.
 */
export function SeatHistory(props: { seat: FragmentType<typeof SeatHistoryFragment> }) {
  const { t } = useTranslation();
  const captionId = useId();
  const seat = getFragmentData(SeatHistoryFragment, props.seat);
  const period = usePeriodFormat();
  const roleLabel = useAppointmentRoleLabel(seat.history);
  if (seat.history.length === 0) return <Paragraph>{t('organs.history.empty')}</Paragraph>;
  return (
    <Table data-size="sm" className="seat-history">
      <caption id={captionId}>{t('organs.history.caption', { seat: seat.label })}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('organs.history.columns.person')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('organs.history.columns.role')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('organs.history.columns.term')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('organs.history.columns.decision')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('organs.history.columns.appointedBy')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {sortHistory(seat.history).map((appointment) => (
          <Table.Row key={appointment.id}>
            <Table.HeaderCell scope="row">
              <PersonSummary person={appointment.person} />
            </Table.HeaderCell>
            <Table.Cell>{roleLabel(appointment)}</Table.Cell>
            <Table.Cell>
              {appointment.cancelledAt ? <s>{period(appointment)}</s> : period(appointment)}
              {appointment.cancelledAt && (
                <>
                  {' '}
                  <Tag data-color="warning" data-size="sm">
                    {appointment.replacedByAppointmentId && !appointment.cancellationReason
                      ? t('organs.history.replacedBeforeStart')
                      : t('organs.history.cancelled')}
                  </Tag>
                  {appointment.cancellationReason && (
                    <span className="person__detail">
                      {' '}
                      {t('organs.history.cancelledBecause', { reason: appointment.cancellationReason })}
                    </span>
                  )}
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              <CaseReference reference={appointment.decisionReference} linked={appointment.decisionCase} />
            </Table.Cell>
            <Table.Cell>{appointment.appointedBy}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
