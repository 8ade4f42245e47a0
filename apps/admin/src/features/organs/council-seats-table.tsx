import { Button, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { CouncilSeats_SeatFragment } from '../../gql/graphql';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { type AppointRole, isAppointRole } from './appoint-input';
import { ChangeAppointmentButtons } from './change-appointment-buttons';
import type { ChangeRequest } from './change-appointment-dialog';
import { PersonSummary } from './person-summary';
import { councilSeatStatus } from './seats';
import { usePeriodFormat } from './use-period-format';
import { useAppointmentRoleLabel } from './use-role-label';

export const CouncilSeatsFragment = graphql(`
  fragment CouncilSeats_Seat on Seat {
    id
    label
    side
    voting
    position
    organId
    retiredOn
    canAppoint
    appointableRoles
    appointingBody {
      kind
      name
      regionalCouncilId
      partnerId
      organId
    }
    history {
      id
      role
      startsOn
      endsOn
      deputyRank
      deputyForAppointmentId
      appointedBy
      decisionReference
      cancelledAt
      cancellationReason
      replacedByAppointmentId
      canChange
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

export type CouncilSeat = CouncilSeats_SeatFragment;

interface CouncilSeatsTableProps {
  caption: string;
  seats: readonly CouncilSeat[];
  today: string;
  /** Opens a form; offered on the seats where the API says the user may appoint. */
  onAppoint: (seat: CouncilSeat, role: AppointRole) => void;
  /** Opens the dialog that ends or cancels an appointment; offered where the API says the user may. */
  onChange: (request: ChangeRequest) => void;
  /** Id of the button that opens a form, so focus can go back to it. */
  buttonId: (seatId: string, role: AppointRole) => string;
}

/** The roles a council's seat page offers forms for: the seat's own roles, not the officers elected elsewhere. */
const councilRoles: readonly AppointRole[] = ['MEMBER', 'PERSONAL_DEPUTY'];

/** A council's seats in one organ: the member and personal deputy today, and who is appointed to start later. */
export function CouncilSeatsTable({ caption, seats, today, onAppoint, onChange, buttonId }: CouncilSeatsTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const period = usePeriodFormat();
  const anyActions = seats.some((seat) => seat.canAppoint || seat.history.some((appointment) => appointment.canChange));

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra className="council-seats-table card-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('organs.council.columns.seat')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.deputy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.upcoming')}</Table.HeaderCell>
            {anyActions && <Table.HeaderCell scope="col">{t('organs.council.columns.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {[...seats]
            .sort((a, b) => a.position - b.position)
            .map((seat) => (
              <CouncilSeatRow
                key={seat.id}
                seat={seat}
                today={today}
                period={period}
                onAppoint={onAppoint}
                onChange={onChange}
                buttonId={buttonId}
                actions={anyActions}
              />
            ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}

interface CouncilSeatRowProps {
  seat: CouncilSeat;
  today: string;
  period: ReturnType<typeof usePeriodFormat>;
  onAppoint: (seat: CouncilSeat, role: AppointRole) => void;
  onChange: (request: ChangeRequest) => void;
  buttonId: (seatId: string, role: AppointRole) => string;
  /** Whether the table has an actions column. */
  actions: boolean;
}

type SeatAppointment = CouncilSeat['history'][number];

function CouncilSeatRow({ seat, today, period, onAppoint, onChange, buttonId, actions }: CouncilSeatRowProps) {
  const { t } = useTranslation();
  const roleLabel = useAppointmentRoleLabel(seat.history);
  const status = councilSeatStatus(seat.history, today);
  const roles = seat.appointableRoles.filter(isAppointRole).filter((role) => councilRoles.includes(role));
  const offered = roles.filter((role) => role !== 'PERSONAL_DEPUTY' || status.members.length > 0);
  const columns = t('organs.council.columns', { returnObjects: true });
  const person = (appointment: SeatAppointment, detail: string) => (
    <>
      <PersonSummary person={appointment.person} detail={detail} />
      <ChangeAppointmentButtons appointment={appointment} roleLabel={roleLabel(appointment)} seatLabel={seat.label} onChange={onChange} />
    </>
  );
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{seat.label}</Table.HeaderCell>
      <Table.Cell data-label={columns.member}>
        {status.member ? person(status.member, period(status.member)) : t('organs.council.noMember')}
      </Table.Cell>
      <Table.Cell data-label={columns.deputy}>{status.deputy ? person(status.deputy, period(status.deputy)) : <NotRecorded />}</Table.Cell>
      <Table.Cell data-label={columns.upcoming}>
        {status.upcoming.length === 0 ? (
          <NotRecorded />
        ) : (
          <ul className="stack-list">
            {status.upcoming.map((appointment) => (
              <li key={appointment.id}>{person(appointment, `${roleLabel(appointment)}, ${period(appointment)}`)}</li>
            ))}
          </ul>
        )}
      </Table.Cell>
      {actions && (
        <Table.Cell data-label={columns.actions}>
          <div className="stack-list">
            {offered.map((role) => (
              <Button key={role} id={buttonId(seat.id, role)} variant="secondary" data-size="sm" onClick={() => onAppoint(seat, role)}>
                {t(`organs.appoint.open.${role}`)}
                <span className="ds-sr-only"> {t('organs.appoint.forSeat', { seat: seat.label })}</span>
              </Button>
            ))}
          </div>
        </Table.Cell>
      )}
    </Table.Row>
  );
}
