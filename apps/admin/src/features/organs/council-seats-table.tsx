import { Button, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { CouncilSeats_SeatFragment } from '../../gql/graphql';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import type { AppointRole } from './appoint-input';
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
  /** Given when the user may appoint: the buttons that open the forms. */
  onAppoint?: (seat: CouncilSeat, role: AppointRole) => void;
  /** Id of the button that opens a form, so focus can go back to it. */
  buttonId: (seatId: string, role: AppointRole) => string;
}

/** A council's seats in one organ: the member and personal deputy today, and who is appointed to start later. */
export function CouncilSeatsTable({ caption, seats, today, onAppoint, buttonId }: CouncilSeatsTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const period = usePeriodFormat();

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra className="council-seats-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('organs.council.columns.seat')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.deputy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.council.columns.upcoming')}</Table.HeaderCell>
            {onAppoint && <Table.HeaderCell scope="col">{t('organs.council.columns.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {[...seats]
            .sort((a, b) => a.position - b.position)
            .map((seat) => (
              <CouncilSeatRow key={seat.id} seat={seat} today={today} period={period} onAppoint={onAppoint} buttonId={buttonId} />
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
  onAppoint?: (seat: CouncilSeat, role: AppointRole) => void;
  buttonId: (seatId: string, role: AppointRole) => string;
}

function CouncilSeatRow({ seat, today, period, onAppoint, buttonId }: CouncilSeatRowProps) {
  const { t } = useTranslation();
  const roleLabel = useAppointmentRoleLabel(seat.history);
  const status = councilSeatStatus(seat.history, today);
  const canHaveDeputy = seat.side === 'MUNICIPAL' && status.members.length > 0;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{seat.label}</Table.HeaderCell>
      <Table.Cell>
        {status.member ? <PersonSummary person={status.member.person} detail={period(status.member)} /> : t('organs.council.noMember')}
      </Table.Cell>
      <Table.Cell>
        {status.deputy ? <PersonSummary person={status.deputy.person} detail={period(status.deputy)} /> : <NotRecorded />}
      </Table.Cell>
      <Table.Cell>
        {status.upcoming.length === 0 ? (
          <NotRecorded />
        ) : (
          <ul className="stack-list">
            {status.upcoming.map((appointment) => (
              <li key={appointment.id}>
                <PersonSummary person={appointment.person} detail={`${roleLabel(appointment)}, ${period(appointment)}`} />
              </li>
            ))}
          </ul>
        )}
      </Table.Cell>
      {onAppoint && (
        <Table.Cell>
          <div className="stack-list">
            <Button id={buttonId(seat.id, 'MEMBER')} variant="secondary" data-size="sm" onClick={() => onAppoint(seat, 'MEMBER')}>
              {t('organs.appoint.openMember')}
              <span className="ds-sr-only"> {t('organs.appoint.forSeat', { seat: seat.label })}</span>
            </Button>
            {canHaveDeputy && (
              <Button
                id={buttonId(seat.id, 'PERSONAL_DEPUTY')}
                variant="secondary"
                data-size="sm"
                onClick={() => onAppoint(seat, 'PERSONAL_DEPUTY')}
              >
                {t('organs.appoint.openDeputy')}
                <span className="ds-sr-only"> {t('organs.appoint.forSeat', { seat: seat.label })}</span>
              </Button>
            )}
          </div>
        </Table.Cell>
      )}
    </Table.Row>
  );
}
