import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { getFragmentData, graphql } from '../../gql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { SignInLink } from '../../shared/sign-in-link';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useSession } from '../session/use-session';
import { AppointForm } from './appoint-form';
import { councilsActedFor } from './own-councils';
import type { AppointRole } from './appoint-input';
import { ChangeAppointmentDialog, type ChangeRequest } from './change-appointment-dialog';
import { type CouncilSeat, CouncilSeatsFragment, CouncilSeatsTable } from './council-seats-table';
import { useToday } from '../../shared/use-today';
import { EndingSoon } from './ending-soon';
import { councilPath, organPath } from './paths';
import './organs.css';

// The API has no query for one council: the community's councils are asked for, and the one in the URL picked.
const RegionalCouncilPageQuery = graphql(`
  query RegionalCouncilPage($communityId: ID!) {
    community(id: $communityId) {
      id
      name
      shortName
      organs {
        id
        name
      }
      regionalCouncils {
        id
        name
        members {
          id
          name
          municipalityNumber
        }
        seats {
          id
          ...CouncilSeats_Seat
        }
      }
    }
  }
`);

interface OpenForm {
  seatId: string;
  role: AppointRole;
}

/**
 * A regional council's seats with who holds them; for the council's own users and the secretariat,
 * the forms that appoint or replace a member or a personal deputy, and the terms ending soon.
 */
export function RegionalCouncilPage() {
  const { t } = useTranslation();
  const { communityId = '', councilId = '' } = useParams();
  const session = useSession();
  const today = useToday();
  const { data, error, loading, refetch } = useQuery(RegionalCouncilPageQuery, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const [openForm, setOpenForm] = useState<OpenForm>();
  const [change, setChange] = useState<ChangeRequest>();
  const [done, setDone] = useState<string>();
  const statusRef = useRef<HTMLDivElement>(null);
  // Where focus goes once the form has gone: the message after saving, the opening button after cancelling.
  const [focusTarget, setFocusTarget] = useState<{ element: 'status' } | { element: 'button'; id: string }>();
  useEffect(() => {
    if (focusTarget?.element === 'status') statusRef.current?.focus();
    else if (focusTarget?.element === 'button') document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  const id = useId();
  const buttonId = (seatId: string, role: AppointRole) => `${id}-${role}-${seatId}`;
  const community = data?.community;
  const council = community?.regionalCouncils.find((candidate) => candidate.id === councilId);
  useDocumentTitle(council ? `${council.name} – ${community?.shortName ?? ''}` : t('organs.council.title'));

  if (!community || !council || today === undefined) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {(loading && !data) || today === undefined
            ? t('common.loading')
            : community
              ? t('organs.council.notFound')
              : t('organs.council.unavailable')}
        </Heading>
        {((loading && !data) || today === undefined) && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {community && (
          <Paragraph>
            <AppLink to={`/communities/${encodeURIComponent(community.id)}`}>
              {t('organs.backToCommunity', { name: community.shortName })}
            </AppLink>
          </Paragraph>
        )}
      </>
    );
  }

  const communityPath = `/communities/${encodeURIComponent(community.id)}`;
  const me = session.status === 'signed-in' ? session.me : undefined;
  const seats = getFragmentData(CouncilSeatsFragment, council.seats);
  // The API says per seat what this user may record; the page only asks it.
  const mayAppoint = seats.some((seat) => seat.canAppoint);
  // Links to the user's own councils' pages (where they may appoint), from the roles they hold.
  const ownCouncils = councilsActedFor(me, community.id).filter((ownId) => ownId !== council.id);
  const organIds = [...new Set(seats.map((seat) => seat.organId))];
  const openSeat = openForm ? seats.find((seat) => seat.id === openForm.seatId) : undefined;

  const open = (seat: CouncilSeat, role: AppointRole) => {
    setDone(undefined);
    setOpenForm({ seatId: seat.id, role });
  };
  const close = () => {
    if (openForm) setFocusTarget({ element: 'button', id: buttonId(openForm.seatId, openForm.role) });
    setOpenForm(undefined);
  };

  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: communityPath },
          { label: council.name, to: councilPath(community.id, council.id) },
        ]}
      />
      <div>
        <Paragraph className="kicker">{community.name}</Paragraph>
        <Heading level={1} data-size="lg">
          {council.name}
        </Heading>
      </div>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <Paragraph variant="long">{t('organs.council.intro')}</Paragraph>
      {council.members.length > 0 && (
        <Paragraph>
          {t('organs.council.members', {
            names: [...council.members]
              .sort((a, b) => (a.municipalityNumber ?? '').localeCompare(b.municipalityNumber ?? ''))
              .map((member) => member.name)
              .join(', '),
          })}
        </Paragraph>
      )}
      {session.status === 'public' && (
        <Paragraph>
          {t('organs.council.signInToAppoint')} <SignInLink />
        </Paragraph>
      )}
      {me && !mayAppoint && seats.length > 0 && (
        <Paragraph>
          {t('organs.council.otherCouncil', { council: council.name })}{' '}
          {ownCouncils.map((ownId) => {
            const own = community.regionalCouncils.find((candidate) => candidate.id === ownId);
            return own ? (
              <AppLink key={ownId} to={councilPath(community.id, ownId)}>
                {t('organs.ourSeatsFor', { council: own.name })}
              </AppLink>
            ) : null;
          })}
        </Paragraph>
      )}
      <StatusMessage ref={statusRef} message={done} />
      {seats.length === 0 ? (
        <Paragraph>{t('organs.council.noSeats')}</Paragraph>
      ) : (
        organIds.map((organId) => {
          const organ = community.organs.find((candidate) => candidate.id === organId);
          const organName = organ?.name ?? '';
          return (
            <section key={organId} className="page-section" aria-labelledby={`${id}-organ-${organId}`}>
              <Heading level={2} data-size="md" id={`${id}-organ-${organId}`}>
                {organName}
              </Heading>
              {organ && (
                <Paragraph>
                  <AppLink to={organPath(community.id, organ.id)}>{t('organs.council.organLink', { organ: organ.name })}</AppLink>
                </Paragraph>
              )}
              <CouncilSeatsTable
                caption={t('organs.council.caption', { organ: organName, council: council.name })}
                seats={seats.filter((seat) => seat.organId === organId)}
                today={today}
                onAppoint={open}
                onChange={(request) => {
                  setDone(undefined);
                  setChange(request);
                }}
                buttonId={buttonId}
              />
            </section>
          );
        })
      )}
      {mayAppoint && openForm && openSeat && (
        <AppointForm
          key={`${openForm.seatId}-${openForm.role}`}
          communityId={community.id}
          seat={openSeat}
          role={openForm.role}
          today={today}
          refetchQueries={['RegionalCouncilPage', 'AppointmentsEndingSoon']}
          onCancel={close}
          onDone={(message) => {
            setOpenForm(undefined);
            setDone(message);
            // The message says what happened, and the table above shows it.
            setFocusTarget({ element: 'status' });
          }}
        />
      )}
      <ChangeAppointmentDialog
        request={change}
        today={today}
        refetchQueries={['RegionalCouncilPage', 'AppointmentsEndingSoon']}
        onClose={() => setChange(undefined)}
        onDone={(message) => {
          setChange(undefined);
          setDone(message);
          setFocusTarget({ element: 'status' });
        }}
      />
      {me && <EndingSoon communityId={community.id} councilId={council.id} />}
    </>
  );
}
