import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { StatusMessage } from '../../shared/status-message';
import { AppointForm } from './appoint-form';
import type { AppointRole } from './appoint-input';
import { ChangeAppointmentDialog, type ChangeRequest } from './change-appointment-dialog';
import { EditPersonDialog, type EditedPerson } from './edit-person-dialog';
import { type CompositionSeat, CompositionTable, CompositionTableFragment } from './composition-table';
import { NewSeatForm, type RetireRequest, RetireSeatDialog } from './seat-admin';
import { SeatHistoryFragment } from './seat-history';
import { isIsoDate } from '@helsefellesskap/calendar';

import { useToday } from '../../shared/use-today';
import { dateFromParam } from './dates';
import { ParityReport } from './parity-report';
import { organPath } from './paths';
import { buildSeatRows, officersOf } from './seats';
import './organs.css';

// The API has no query for one organ: the community's organs are asked for, and the one in the URL picked.
const OrganPageQuery = graphql(`
  query OrganPage($communityId: ID!, $at: LocalDate!) {
    community(id: $communityId) {
      id
      name
      shortName
      partners {
        id
        name
      }
      regionalCouncils {
        id
        name
      }
      organs {
        id
        name
        kind
        dissolvedOn
        canManageSeats
        rules {
          chairRotationYears
          officersElectedByOrganId
        }
        parity(at: $at) {
          balanced
          problems {
            kind
            hospital
            municipal
          }
          hospitalVotingMembers
          municipalVotingMembers
          hospitalVotingSeats
          municipalVotingSeats
        }
        vacancies(at: $at) {
          id
          label
        }
        seats {
          id
          ...CompositionTable_Seat
        }
      }
    }
  }
`);

const atParam = 'at';

/** Dates before this are half-typed years, not questions. */
const earliestDate = '1900-01-01';

/** An organ's composition on a date (kept in the URL as `?at=`), its parity, vacancies and each seat's history. */
export function OrganPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { communityId = '', organId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useToday();
  const at = dateFromParam(searchParams.get(atParam), today);
  const { data, previousData, error, loading, refetch } = useQuery(OrganPageQuery, {
    variables: { communityId, at: at ?? '' },
    // Without a date in the URL, the page waits for the server's today.
    skip: at === undefined,
    // Appointments change on other pages (and by other users); the composition is always asked for again.
    fetchPolicy: 'cache-and-network',
  });
  // While another date loads, the page keeps showing the last one (and the date field keeps its focus).
  const [loadedAt, setLoadedAt] = useState(at ?? '');
  if (data && at !== undefined && loadedAt !== at) setLoadedAt(at);
  const shown = data ?? previousData;
  const shownAt = data && at !== undefined ? at : loadedAt;
  const community = shown?.community;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  useDocumentTitle(organ ? `${organ.name} – ${community?.shortName ?? ''}` : t('organs.organ.title'));
  const [openForm, setOpenForm] = useState<{ seatId: string; role: AppointRole }>();
  const [change, setChange] = useState<ChangeRequest>();
  const [editedPerson, setEditedPerson] = useState<EditedPerson>();
  const [retire, setRetire] = useState<RetireRequest>();
  const [addingSeat, setAddingSeat] = useState(false);
  const [done, setDone] = useState<string>();
  const statusRef = useRef<HTMLDivElement>(null);
  // Where focus goes once a form or dialog has gone: the message after saving, the opening button after cancelling.
  const [focusTarget, setFocusTarget] = useState<{ element: 'status' } | { element: 'button'; id: string }>();
  useEffect(() => {
    if (focusTarget?.element === 'status') statusRef.current?.focus();
    else if (focusTarget?.element === 'button') document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  const formId = useId();
  const buttonId = (seatId: string, role: AppointRole) => `${formId}-${role}-${seatId}`;

  const setAt = (date: string | undefined) =>
    setSearchParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (date === undefined) updated.delete(atParam);
        else updated.set(atParam, date);
        return updated;
      },
      { replace: true },
    );

  if (!community || !organ || today === undefined || at === undefined) {
    const communityPath = `/communities/${encodeURIComponent(communityId)}`;
    const waiting = (loading && !shown) || today === undefined;
    return (
      <>
        <Heading level={1} data-size="lg">
          {waiting ? t('common.loading') : community ? t('organs.organ.notFound') : t('organs.organ.unavailable')}
        </Heading>
        {waiting && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {community && (
          <>
            <Paragraph>{t('organs.organ.notFoundBody')}</Paragraph>
            <Paragraph>
              <AppLink to={communityPath}>{t('organs.backToCommunity', { name: community.shortName })}</AppLink>
            </Paragraph>
          </>
        )}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  const dateText = format.date(shownAt);
  const electedBy = organ.rules.officersElectedByOrganId
    ? community.organs.find((candidate) => candidate.id === organ.rules.officersElectedByOrganId)
    : undefined;
  const allSeats = getFragmentData(CompositionTableFragment, organ.seats);
  // A retired seat belongs to the composition up to its last day; its history stays reachable through the audit log.
  const seats = allSeats.filter((seat) => seat.retiredOn == null || seat.retiredOn >= shownAt);
  const openSeat: CompositionSeat | undefined = openForm ? seats.find((seat) => seat.id === openForm.seatId) : undefined;
  const closeForm = () => {
    if (openForm) setFocusTarget({ element: 'button', id: buttonId(openForm.seatId, openForm.role) });
    setOpenForm(undefined);
  };
  const { chair, viceChair } = officersOf(buildSeatRows(seats));
  const votingSeats = seats.filter((seat) => seat.voting).length;

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: organ.name, to: organPath(community.id, organ.id) },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {organ.name}
        </Heading>
      </div>
      <div className="tag-row">
        <Tag data-color="accent" data-size="sm">
          {t(`community.organKind.${organ.kind}`)}
        </Tag>
        {organ.dissolvedOn && (
          <Tag data-color="warning" data-size="sm">
            {t('organs.organ.dissolvedOn', { date: format.date(organ.dissolvedOn) })}
          </Tag>
        )}
      </div>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {(organ.rules.chairRotationYears != null || electedBy) && (
        <Paragraph>
          {organ.rules.chairRotationYears != null && t('organs.organ.chairRotation', { count: organ.rules.chairRotationYears })}{' '}
          {electedBy && t('organs.organ.officersElectedBy', { organ: electedBy.name })}
        </Paragraph>
      )}

      <DateForm at={at} today={today} onChange={setAt} />
      <StatusMessage ref={statusRef} message={done} />
      {loading && !data && <Loading />}

      {seats.length === 0 ? (
        <Paragraph>{t('organs.composition.empty')}</Paragraph>
      ) : (
        <>
          <ParityReport parity={organ.parity} date={dateText} />
          <Paragraph>
            {t('organs.organ.seatCounts', { voting: votingSeats, speaking: seats.length - votingSeats })}{' '}
            {chair
              ? t('organs.organ.chair', { name: chair.appointment.person.name, side: t(`organs.fromSide.${chair.seat.side}`) })
              : t('organs.organ.noChair')}{' '}
            {viceChair &&
              t('organs.organ.viceChair', { name: viceChair.appointment.person.name, side: t(`organs.fromSide.${viceChair.seat.side}`) })}
          </Paragraph>
          <VacanciesSection vacancies={organ.vacancies} date={dateText} />
          <section className="page-section" aria-labelledby="composition-heading">
            <Heading level={2} data-size="md" id="composition-heading">
              {t('organs.composition.heading')}
            </Heading>
            <CompositionTable
              communityId={community.id}
              caption={t('organs.composition.caption', { organ: organ.name, date: dateText })}
              seats={organ.seats.filter((seat) => seats.some((shown) => shown.id === seat.id))}
              buttonId={buttonId}
              onAppoint={(seat, role) => {
                setDone(undefined);
                setOpenForm({ seatId: seat.id, role });
              }}
              onChange={(request) => {
                setDone(undefined);
                setChange(request);
              }}
              onRetire={
                organ.canManageSeats
                  ? (seat) => {
                      setDone(undefined);
                      setRetire({ seatId: seat.id, label: seat.label });
                    }
                  : undefined
              }
              onEditPerson={
                organ.canManageSeats
                  ? (person) => {
                      setDone(undefined);
                      setEditedPerson(person);
                    }
                  : undefined
              }
            />
          </section>
          {openForm && openSeat && (
            <AppointForm
              key={`${openForm.seatId}-${openForm.role}`}
              communityId={community.id}
              seat={{ ...openSeat, history: getFragmentData(SeatHistoryFragment, openSeat).history }}
              role={openForm.role}
              today={today}
              refetchQueries={['OrganPage']}
              onCancel={closeForm}
              onDone={(message) => {
                setOpenForm(undefined);
                setDone(message);
                setFocusTarget({ element: 'status' });
              }}
            />
          )}
          <RetireSeatDialog
            request={retire}
            today={today}
            onClose={() => setRetire(undefined)}
            onDone={(message) => {
              setRetire(undefined);
              setDone(message);
              setFocusTarget({ element: 'status' });
            }}
          />
          <EditPersonDialog
            person={editedPerson}
            partners={community.partners}
            refetchQueries={['OrganPage']}
            onClose={() => setEditedPerson(undefined)}
            onDone={(message) => {
              setEditedPerson(undefined);
              setDone(message);
              setFocusTarget({ element: 'status' });
            }}
          />
          <ChangeAppointmentDialog
            request={change}
            today={today}
            refetchQueries={['OrganPage']}
            onClose={() => setChange(undefined)}
            onDone={(message) => {
              setChange(undefined);
              setDone(message);
              setFocusTarget({ element: 'status' });
            }}
          />
        </>
      )}
      {organ.canManageSeats &&
        (addingSeat ? (
          <NewSeatForm
            organId={organ.id}
            bodies={{ regionalCouncils: community.regionalCouncils, partners: community.partners, organs: community.organs }}
            onCancel={() => {
              setAddingSeat(false);
              setFocusTarget({ element: 'button', id: `${formId}-add-seat` });
            }}
            onDone={(message) => {
              setAddingSeat(false);
              setDone(message);
              setFocusTarget({ element: 'status' });
            }}
          />
        ) : (
          <div className="button-row">
            <Button id={`${formId}-add-seat`} variant="secondary" onClick={() => setAddingSeat(true)}>
              {t('organs.seats.add')}
            </Button>
          </div>
        ))}
    </>
  );
}

interface DateFormProps {
  at: string;
  today: string;
  onChange: (date: string | undefined) => void;
}

/**
 * The date the composition is shown for. A date input reports '' until a whole date is typed (and
 * year 0002 while "2026" is being typed), so the field keeps its own text and the page follows only
 * complete, plausible dates. When the date changes elsewhere (the "today" button, the browser's
 * back button) the field follows it.
 */
function DateForm({ at, today, onChange }: DateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(at);
  const [shown, setShown] = useState(at);
  if (shown !== at) {
    setShown(at);
    if (draft !== at) setDraft(at);
  }
  return (
    <div className="date-form">
      <Textfield
        id={id}
        className="organ-date-field"
        label={t('organs.organ.dateLabel')}
        description={t('organs.organ.dateDescription')}
        type="date"
        value={draft}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (isIsoDate(value) && value >= earliestDate && value !== at) onChange(value === today ? undefined : value);
        }}
      />
      {at !== today && (
        <Button type="button" variant="secondary" onClick={() => onChange(undefined)}>
          {t('organs.organ.showToday')}
        </Button>
      )}
    </div>
  );
}

function VacanciesSection({ vacancies, date }: { vacancies: readonly { id: string; label: string }[]; date: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('organs.vacancies.heading')}
      </Heading>
      {vacancies.length === 0 ? (
        <Paragraph>{t('organs.vacancies.none', { date })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('organs.vacancies.intro', { count: vacancies.length, date })}</Paragraph>
          <ul>
            {vacancies.map((seat) => (
              <li key={seat.id}>{seat.label}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
