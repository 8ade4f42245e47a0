import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import { errorCodes } from '../../shared/graphql-errors';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { useFormatters } from '../../shared/use-formatters';
import { PersonSummary } from './person-summary';
import { useAppointmentRoleLabel } from './use-role-label';

export const endingSoonDays = 90;

const AppointmentsEndingSoonQuery = graphql(`
  query AppointmentsEndingSoon($communityId: ID!, $regionalCouncilId: ID, $withinDays: Int!) {
    appointmentsEndingSoon(communityId: $communityId, regionalCouncilId: $regionalCouncilId, withinDays: $withinDays) {
      id
      role
      startsOn
      endsOn
      deputyRank
      deputyForAppointmentId
      person {
        id
        name
        title
        employer
        email
        phone
      }
      seat {
        id
        label
      }
    }
  }
`);

/** "Verv som utløper snart": the council's appointments that end within 90 days, soonest first (for those the API shows it to). */
export function EndingSoon({ communityId, councilId }: { communityId: string; councilId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const headingId = `${id}-heading`;
  const captionId = `${id}-caption`;
  const { data, error, loading, refetch } = useQuery(AppointmentsEndingSoonQuery, {
    variables: { communityId, regionalCouncilId: councilId, withinDays: endingSoonDays },
    fetchPolicy: 'cache-and-network',
  });
  const appointments = data?.appointmentsEndingSoon ?? [];
  const roleLabel = useAppointmentRoleLabel(appointments);
  // An internal list: the API refuses it to those without a role in the community, and then it is not shown.
  if (errorCodes(error).includes('FORBIDDEN')) return null;

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('organs.endingSoon.heading')}
      </Heading>
      <Paragraph>{t('organs.endingSoon.intro', { count: endingSoonDays })}</Paragraph>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && appointments.length === 0 && <Paragraph>{t('organs.endingSoon.none')}</Paragraph>}
      {appointments.length > 0 && (
        <ScrollableTable captionId={captionId}>
          <Table zebra className="card-table">
            <caption id={captionId}>{t('organs.endingSoon.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('organs.endingSoon.columns.person')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('organs.endingSoon.columns.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('organs.endingSoon.columns.seat')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('organs.endingSoon.columns.endsOn')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {appointments.map((appointment) => (
                <Table.Row key={appointment.id}>
                  <Table.HeaderCell scope="row">
                    <PersonSummary person={appointment.person} />
                  </Table.HeaderCell>
                  <Table.Cell data-label={t('organs.endingSoon.columns.role')}>{roleLabel(appointment)}</Table.Cell>
                  <Table.Cell data-label={t('organs.endingSoon.columns.seat')}>{appointment.seat.label}</Table.Cell>
                  <Table.Cell data-label={t('organs.endingSoon.columns.endsOn')} className="nowrap">
                    {appointment.endsOn ? format.date(appointment.endsOn) : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}
