import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { NotRecorded } from '../../shared/not-recorded';
import { ScrollableTable } from '../../shared/scrollable-table';
import { councilPath } from './paths';
import { PersonSummary } from './person-summary';
import { SeatHistory } from './seat-history';
import { type AppointmentLike, buildSeatRows } from './seats';
import { usePeriodFormat } from './use-period-format';

export const CompositionTableFragment = graphql(`
  fragment CompositionTable_Seat on Seat {
    id
    label
    side
    voting
    position
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
      person {
        id
        name
        title
        employer
        email
        phone
      }
    }
    ...SeatHistory_Seat
  }
`);

interface CompositionTableProps {
  communityId: string;
  caption: string;
  seats: readonly FragmentType<typeof CompositionTableFragment>[];
}

const columnCount = 9;

/** The seats of an organ with their holders on the date; each seat opens its history in a row below. */
export function CompositionTable({ communityId, caption, ...props }: CompositionTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const captionId = `${id}-caption`;
  const period = usePeriodFormat();
  const seats = getFragmentData(CompositionTableFragment, props.seats);
  const rows = buildSeatRows(seats);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const toggle = (seatId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(seatId)) next.delete(seatId);
      else next.add(seatId);
      return next;
    });

  const terms = (appointments: readonly AppointmentLike[]) => [...new Set(appointments.map((appointment) => period(appointment)))];

  return (
    <ScrollableTable captionId={captionId}>
      <Table zebra className="composition-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.seat')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.side')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.right')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.appointedBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.holder')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.deputy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.term')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('organs.composition.columns.history')}</Table.HeaderCell>
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
            return (
              <Fragment key={seat.id}>
                <Table.Row>
                  <Table.HeaderCell scope="row">{seat.label}</Table.HeaderCell>
                  <Table.Cell>{t(`organs.sides.${seat.side}`)}</Table.Cell>
                  <Table.Cell>{seat.voting ? t('organs.composition.voting') : t('organs.composition.speaking')}</Table.Cell>
                  <Table.Cell>
                    {body.kind === 'REGIONAL_COUNCIL' && body.regionalCouncilId ? (
                      <AppLink to={councilPath(communityId, body.regionalCouncilId)}>{body.name}</AppLink>
                    ) : (
                      body.name
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {vacant && <Tag data-color="warning">{t('organs.composition.vacant')}</Tag>}
                    {seatHolders.map((holder) => (
                      <PersonSummary key={holder.id} person={holder.person} />
                    ))}
                    {deputyList.length > 0 && (
                      <ol className="person-list">
                        {deputyList.map((deputy) => (
                          <li key={deputy.id}>
                            <PersonSummary person={deputy.person} />
                          </li>
                        ))}
                      </ol>
                    )}
                    {!vacant && holders.length === 0 && <NotRecorded />}
                  </Table.Cell>
                  <Table.Cell>
                    {personalDeputies.map((deputy) => {
                      const member = holders.find((holder) => holder.id === deputy.deputyForAppointmentId);
                      const ownTerm = member && period(member) === period(deputy) ? undefined : period(deputy);
                      return <PersonSummary key={deputy.id} person={deputy.person} detail={ownTerm} />;
                    })}
                    {personalDeputies.length === 0 &&
                      (seat.side === 'HOSPITAL' && seat.voting ? (
                        <span className="person__detail">{t('organs.composition.hospitalDeputyList')}</span>
                      ) : (
                        <NotRecorded />
                      ))}
                  </Table.Cell>
                  <Table.Cell>
                    {holders.length > 0 && (
                      <span className="person__name">
                        {[...new Set(holders.map((holder) => t(`organs.roles.${holder.role}`)))].join(', ')}
                      </span>
                    )}
                    {holders.length > 0 && officers.length > 0 && ' '}
                    {officers.length > 0 && (
                      <span className="tag-row">
                        {officers.map((officer) => (
                          <Tag key={officer.id} data-color="accent" data-size="sm">
                            {holderPersons.has(officer.person.id)
                              ? t(`organs.roles.${officer.role}`)
                              : t('organs.composition.officerNotHolder', {
                                  role: t(`organs.roles.${officer.role}`),
                                  name: officer.person.name,
                                })}
                          </Tag>
                        ))}
                      </span>
                    )}
                    {holders.length === 0 && officers.length === 0 && <NotRecorded />}
                  </Table.Cell>
                  <Table.Cell>
                    {holders.length === 0 ? (
                      <NotRecorded />
                    ) : (
                      terms(holders).map((term) => (
                        <span key={term} className="term">
                          {term}
                        </span>
                      ))
                    )}
                  </Table.Cell>
                  <Table.Cell>
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
