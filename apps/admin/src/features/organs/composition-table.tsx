import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { CompositionTable_SeatFragment } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { type AppointRole, isAppointRole } from './appoint-input';
import { ChangeAppointmentButtons } from './change-appointment-buttons';
import type { ChangeRequest } from './change-appointment-dialog';
import { councilPath } from './paths';
import { PersonSummary } from './person-summary';
import { SeatHistory } from './seat-history';
import { type AppointmentLike, buildSeatRows } from './seats';
import { usePeriodFormat } from './use-period-format';
import { useAppointmentRoleLabel } from './use-role-label';

export const CompositionTableFragment = graphql(`
  fragment CompositionTable_Seat on Seat {
    id
    label
    side
    voting
    position
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
    holders(at: $at) {
      id
      role
      startsOn
      endsOn
      deputyRank
      deputyForAppointmentId
      canChange
      person {
        id
        name
        title
        employer
        email
        phone
        partnerId
      }
    }
    ...SeatHistory_Seat
  }
`);

export type CompositionSeat = CompositionTable_SeatFragment;

interface CompositionTableProps {
  communityId: string;
  caption: string;
  seats: readonly FragmentType<typeof CompositionTableFragment>[];
  /** Opens the appointment form for a seat and role (offered where the API says the user may). */
  onAppoint: (seat: CompositionSeat, role: AppointRole) => void;
  /** Opens the dialog that ends or cancels an appointment (offered where the API says the user may). */
  onChange: (request: ChangeRequest) => void;
  /** Id of the button that opens a form, so focus can go back to it. */
  buttonId: (seatId: string, role: AppointRole) => string;
  /** Given when the user may retire seats (the API's `Organ.canManageSeats`). */
  onRetire?: (seat: CompositionSeat) => void;
  /** Given when the user corrects people's details (the secretariat): opens the correction dialog. */
  onEditPerson?: (person: CompositionSeat['holders'][number]['person']) => void;
}

const columnCount = 6;

/**
 * The seats of an organ with their holders on the date; each seat opens its history in a row below.
 * Six columns fit 1366 px (the seat's side, right and appointing body share one);
 * on a narrow screen each row is a card (organs.css).
 */
export function CompositionTable({
  communityId,
  caption,
  onAppoint,
  onChange,
  onRetire,
  onEditPerson,
  buttonId,
  ...props
}: CompositionTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const captionId = `${id}-caption`;
  const period = usePeriodFormat();
  const seats = getFragmentData(CompositionTableFragment, props.seats);
  const rows = buildSeatRows<CompositionSeat['holders'][number], CompositionSeat>(seats);
  const roleLabel = useAppointmentRoleLabel(seats.flatMap((seat) => seat.holders));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const columns = t('organs.composition.columns', { returnObjects: true });

  const toggle = (seatId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(seatId)) next.delete(seatId);
      else next.add(seatId);
      return next;
    });

  const terms = (appointments: readonly AppointmentLike[]) => [...new Set(appointments.map((appointment) => period(appointment)))];

  // An officer is also the seat's member: their details are corrected from the member's row.
  const changeButtons = (seat: CompositionSeat, appointment: CompositionSeat['holders'][number], correctable = true) => (
    <ChangeAppointmentButtons
      appointment={appointment}
      roleLabel={roleLabel(appointment)}
      seatLabel={seat.label}
      onChange={onChange}
      before={
        onEditPerson &&
        correctable && (
          <Button variant="tertiary" data-size="sm" onClick={() => onEditPerson(appointment.person)}>
            {t('organs.editPerson.open')}
            <span className="ds-sr-only"> {t('organs.editPerson.forPerson', { name: appointment.person.name })}</span>
          </Button>
        )
      }
    />
  );

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra className="composition-table card-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{columns.seat}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{columns.about}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{columns.holder}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{columns.deputy}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{columns.roleAndTerm}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{columns.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(({ seat, holders, personalDeputies, officers, vacant }) => {
            const isOpen = open.has(seat.id);
            const historyId = `${id}-history-${seat.id}`;
            const body = seat.appointingBody;
            const holderPersons = new Set(holders.map((holder) => holder.person.id));
            const deputyList = holders.filter((holder) => holder.role === 'DEPUTY');
            const seatHolders = holders.filter((holder) => holder.role !== 'DEPUTY');
            const roles = seat.appointableRoles.filter(isAppointRole);
            return (
              <Fragment key={seat.id}>
                <Table.Row>
                  <Table.HeaderCell scope="row">{seat.label}</Table.HeaderCell>
                  <Table.Cell data-label={columns.about}>
                    <span className="seat-facts">
                      <span>{t(`organs.sides.${seat.side}`)}</span>{' '}
                      <span>{seat.voting ? t('organs.composition.voting') : t('organs.composition.speaking')}</span>{' '}
                      <span className="person__detail">
                        {t('organs.composition.appointedByBody')}{' '}
                        {body.kind === 'REGIONAL_COUNCIL' && body.regionalCouncilId ? (
                          <AppLink to={councilPath(communityId, body.regionalCouncilId)}>{body.name}</AppLink>
                        ) : (
                          body.name
                        )}
                      </span>
                    </span>
                  </Table.Cell>
                  <Table.Cell data-label={columns.holder}>
                    {vacant && <Tag data-color="warning">{t('organs.composition.vacant')}</Tag>}
                    {seatHolders.map((holder) => (
                      <Fragment key={holder.id}>
                        <PersonSummary person={holder.person} />
                        {changeButtons(seat, holder)}
                      </Fragment>
                    ))}
                    {deputyList.length > 0 && (
                      <ol className="person-list">
                        {deputyList.map((deputy) => (
                          <li key={deputy.id}>
                            <PersonSummary person={deputy.person} />
                            {changeButtons(seat, deputy)}
                          </li>
                        ))}
                      </ol>
                    )}
                    {!vacant && holders.length === 0 && <NotRecorded />}
                  </Table.Cell>
                  <Table.Cell data-label={columns.deputy}>
                    {personalDeputies.map((deputy) => {
                      const member = holders.find((holder) => holder.id === deputy.deputyForAppointmentId);
                      const ownTerm = member && period(member) === period(deputy) ? undefined : period(deputy);
                      return (
                        <Fragment key={deputy.id}>
                          <PersonSummary person={deputy.person} detail={ownTerm} />
                          {changeButtons(seat, deputy)}
                        </Fragment>
                      );
                    })}
                    {personalDeputies.length === 0 &&
                      (seat.side === 'HOSPITAL' && seat.voting ? (
                        <span className="person__detail">{t('organs.composition.hospitalDeputyList')}</span>
                      ) : (
                        <NotRecorded />
                      ))}
                  </Table.Cell>
                  <Table.Cell data-label={columns.roleAndTerm}>
                    {holders.length > 0 && (
                      <span className="person__name">
                        {[...new Set(holders.map((holder) => t(`organs.roles.${holder.role}`)))].join(', ')}
                      </span>
                    )}
                    {holders.length > 0 && officers.length > 0 && ' '}
                    {officers.length > 0 && (
                      <span className="tag-row">
                        {officers.map((officer) => (
                          <Fragment key={officer.id}>
                            <Tag data-color="accent" data-size="sm">
                              {holderPersons.has(officer.person.id)
                                ? t(`organs.roles.${officer.role}`)
                                : t('organs.composition.officerNotHolder', {
                                    role: t(`organs.roles.${officer.role}`),
                                    name: officer.person.name,
                                  })}
                            </Tag>
                            {changeButtons(seat, officer, false)}
                          </Fragment>
                        ))}
                      </span>
                    )}
                    {holders.length === 0 && officers.length === 0 && <NotRecorded />}
                    {terms(holders).map((term) => (
                      <span key={term} className="term">
                        {term}
                      </span>
                    ))}
                  </Table.Cell>
                  <Table.Cell data-label={columns.actions}>
                    <div className="stack-list">
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? historyId : undefined}
                        onClick={() => toggle(seat.id)}
                      >
                        {isOpen ? t('organs.composition.hideHistory') : t('organs.composition.showHistory')}
                        <span className="ds-sr-only"> {t('organs.composition.historyFor', { seat: seat.label })}</span>
                      </Button>
                      {roles.map((role) => (
                        <Button
                          key={role}
                          id={buttonId(seat.id, role)}
                          variant="secondary"
                          data-size="sm"
                          onClick={() => onAppoint(seat, role)}
                        >
                          {t(`organs.appoint.open.${role}`)}
                          <span className="ds-sr-only"> {t('organs.appoint.forSeat', { seat: seat.label })}</span>
                        </Button>
                      ))}
                      {onRetire && seat.retiredOn == null && (
                        <Button variant="tertiary" data-size="sm" onClick={() => onRetire(seat)}>
                          {t('organs.seats.retire')}
                          <span className="ds-sr-only"> {seat.label}</span>
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
                {isOpen && (
                  <Table.Row id={historyId} className="seat-history-row">
                    <Table.Cell colSpan={columnCount}>
                      <SeatHistory seat={seat} />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
