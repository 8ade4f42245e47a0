import { Alert, Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { MeetingNoticeSection } from '../meeting-notice/notice-panel';
import { MeetingDecisionsSection } from '../decisions/decisions-section';
import { MinutesPanel } from '../minutes/minutes-panel';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import type { MeetingPageQuery } from '../../gql/graphql';
import { AppLink } from '../../shared/app-link';
import { PageBreadcrumbs } from '../../shared/page-breadcrumbs';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { useDocumentTitle } from '../../shared/use-document-title';
import { useFormatters } from '../../shared/use-formatters';
import { useToday } from '../../shared/use-today';
import { casePath } from '../cases/paths';
import { FormOutcome, useFormOutcome } from '../register/form-outcome';
import { MeetingFields, type MeetingFormValues, meetingDetails } from './meeting-plan-page';
import { meetingPath, meetingPlanPath } from './paths';

const MeetingPageQuery = graphql(`
  query MeetingPage($communityId: ID!, $year: Int!) {
    community(id: $communityId) {
      id
      shortName
      canEditRegister
      organs {
        id
        name
        meetings(year: $year) {
          id
          version
          date
          startTime
          endTime
          place
          videoUrl
          isOpen
          kind
          state
          cancellationReason
          submissionDeadline
          agenda {
            position
            submittedOn
            submittedLate
            lateExceptionReason
            case {
              id
              reference
              title
            }
          }
          breaches {
            kind
            position
            deadline
            actual
            excepted
          }
          agendaCandidates {
            id
            reference
            title
            submittedOn
          }
        }
      }
    }
  }
`);

const AddAgendaItem = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);
const RemoveAgendaItem = graphql(`
  mutation RemoveAgendaItem($input: AgendaItemKeyInput!) {
    removeAgendaItem(input: $input) {
      id
    }
  }
`);
const ReorderAgenda = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      id
    }
  }
`);
const RecordLateException = graphql(`
  mutation RecordLateException($input: RecordLateExceptionInput!) {
    recordLateException(input: $input) {
      id
    }
  }
`);
const UpdateMeeting = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
    }
  }
`);
const CancelMeeting = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
    }
  }
`);

type MeetingData = MeetingPageQuery['community']['organs'][number]['meetings'][number];
const refetch = { refetchQueries: ['MeetingPage'], awaitRefetchQueries: true };

/** A meeting: its details, breaches, the agenda builder (keyboard reordering), moving and cancelling. */
export function MeetingPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = useToday();
  const { communityId = '', organId = '', meetingId = '' } = useParams();
  const [search] = useSearchParams();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 2199 ? asked : today ? Number(today.slice(0, 4)) : undefined;
  const query = useQuery(MeetingPageQuery, { variables: { communityId, year: year ?? 0 }, skip: year === undefined });
  const community = query.data?.community;
  const organ = community?.organs.find((candidate) => candidate.id === organId);
  const meeting = organ?.meetings.find((candidate) => candidate.id === meetingId);
  const title = organ && meeting ? t('meetings.meetingTitle', { organ: organ.name, date: format.date(meeting.date) }) : undefined;
  useDocumentTitle(title);
  if (!community || !organ || !meeting || !title || year === undefined) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {query.loading || year === undefined ? t('common.loading') : t('meetings.meetingUnavailable')}
        </Heading>
        {query.loading && <Loading />}
        {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      </>
    );
  }
  const changeable = community.canEditRegister && (meeting.state === 'PLANNED' || meeting.state === 'NOTICE_SENT');
  return (
    <>
      <PageBreadcrumbs
        crumbs={[
          { label: t('app.navCommunities'), to: '/' },
          { label: community.shortName, to: `/communities/${encodeURIComponent(community.id)}` },
          { label: t('meetings.planTitle', { year, name: organ.name }), to: meetingPlanPath(community.id, organ.id, year) },
          { label: title, to: meetingPath(community.id, organ.id, meeting.id, year) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <dl className="facts">
        <dt>{t('meetings.columns.time')}</dt>
        <dd>{meeting.endTime ? `${meeting.startTime}–${meeting.endTime}` : meeting.startTime}</dd>
        <dt>{t('meetings.columns.place')}</dt>
        <dd>{[meeting.place, meeting.videoUrl].filter(Boolean).join(' · ') || t('meetings.video')}</dd>
        <dt>{t('meetings.columns.kind')}</dt>
        <dd>
          {t(`meetings.kind.${meeting.kind}`)}, {meeting.isOpen ? t('meetings.open') : t('meetings.closed')}
        </dd>
        <dt>{t('meetings.columns.state')}</dt>
        <dd>{t(`meetings.state.${meeting.state}`)}</dd>
      </dl>
      {meeting.cancellationReason && <Alert data-color="warning">{t('meetings.cancelled', { reason: meeting.cancellationReason })}</Alert>}
      <Paragraph>
        {meeting.submissionDeadline ? t('meetings.deadline', { date: format.date(meeting.submissionDeadline) }) : t('meetings.noDeadline')}
      </Paragraph>
      <Breaches meeting={meeting} />
      <Agenda communityId={community.id} meeting={meeting} changeable={changeable} />
      {meeting.state !== 'CANCELLED' && <MeetingNoticeSection meetingId={meeting.id} canSend={community.canEditRegister} />}
      {meeting.state !== 'CANCELLED' && <MeetingDecisionsSection communityId={community.id} organId={organ.id} meetingId={meeting.id} />}
      {meeting.state === 'HELD' && <MinutesPanel meetingId={meeting.id} />}
      {changeable && (
        <>
          <AddToAgenda meeting={meeting} />
          <DetailsForm key={meeting.version} meeting={meeting} />
          <CancelForm meeting={meeting} />
        </>
      )}
    </>
  );
}

function Breaches({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.breachesHeading')}
      </Heading>
      {meeting.breaches.length === 0 ? (
        <Paragraph>{t('meetings.noBreaches')}</Paragraph>
      ) : (
        <ul>
          {meeting.breaches.map((breach) => (
            <li key={`${breach.kind}-${breach.position ?? ''}`}>
              {t(`meetings.breach.${breach.kind}`, {
                position: breach.position ?? '',
                deadline: format.date(breach.deadline),
                actual: breach.actual ? format.date(breach.actual) : '',
              })}{' '}
              {breach.kind === 'LATE_CASE' && (breach.excepted ? t('meetings.excepted') : t('meetings.notExcepted'))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Agenda({ communityId, meeting, changeable }: { communityId: string; meeting: MeetingData; changeable: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const outcome = useFormOutcome();
  const [reorder] = useMutation(ReorderAgenda, refetch);
  const [remove] = useMutation(RemoveAgendaItem, refetch);
  const caseIds = meeting.agenda.map((item) => item.case.id);
  const move = (index: number, by: number) => {
    const order = [...caseIds];
    const [moved] = order.splice(index, 1);
    if (moved === undefined) return;
    order.splice(index + by, 0, moved);
    void outcome.run(() => reorder({ variables: { input: { meetingId: meeting.id, caseIds: order } } }), t('meetings.changed'));
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.agendaHeading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      {meeting.agenda.length === 0 ? (
        <Paragraph>{t('meetings.agendaEmpty')}</Paragraph>
      ) : (
        <ScrollableTable captionId={captionId}>
          <Table zebra>
            <caption id={captionId}>{t('meetings.agendaCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('meetings.agendaColumns.position')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.agendaColumns.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('meetings.agendaColumns.submitted')}</Table.HeaderCell>
                {changeable && <Table.HeaderCell scope="col">{t('meetings.agendaColumns.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {meeting.agenda.map((item, index) => (
                <Table.Row key={item.case.id}>
                  <Table.Cell>{item.position}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    <AppLink to={casePath(communityId, item.case.id)}>
                      {item.case.reference}
                      {item.case.title ? ` – ${item.case.title}` : ''}
                    </AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>
                    {item.submittedOn ? format.date(item.submittedOn) : ''}
                    {item.submittedLate && (
                      <>
                        <br />
                        <strong>{t('meetings.late')}</strong>
                        <br />
                        {item.lateExceptionReason
                          ? t('meetings.exception', { reason: item.lateExceptionReason })
                          : t('meetings.noException')}
                      </>
                    )}
                    {changeable && item.submittedLate && !item.lateExceptionReason && (
                      <ExceptionForm meetingId={meeting.id} caseId={item.case.id} />
                    )}
                  </Table.Cell>
                  {changeable && (
                    <Table.Cell>
                      <div className="button-row">
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-disabled={index === 0 || undefined}
                          aria-label={t('meetings.moveUp', { reference: item.case.reference })}
                          onClick={() => index > 0 && move(index, -1)}
                        >
                          ↑
                        </Button>
                        <Button
                          variant="secondary"
                          data-size="sm"
                          aria-disabled={index === caseIds.length - 1 || undefined}
                          aria-label={t('meetings.moveDown', { reference: item.case.reference })}
                          onClick={() => index < caseIds.length - 1 && move(index, 1)}
                        >
                          ↓
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          onClick={() =>
                            void outcome.run(
                              () => remove({ variables: { input: { meetingId: meeting.id, caseId: item.case.id } } }),
                              t('meetings.changed'),
                            )
                          }
                        >
                          {t('meetings.remove', { reference: item.case.reference })}
                        </Button>
                      </div>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}

function ExceptionForm({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const outcome = useFormOutcome();
  const [record, recording] = useMutation(RecordLateException, refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (recording.loading) return;
    if (reason.trim() === '') {
      outcome.refuse({ reason: t('meetings.required') });
      return;
    }
    void outcome.run(() => record({ variables: { input: { meetingId, caseId, reason } } }), t('meetings.changed'));
  };
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <Textfield
        label={t('meetings.exceptionReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={outcome.fields.reason}
      />
      <Button type="submit" data-size="sm" aria-disabled={recording.loading || undefined}>
        {t('meetings.recordException')}
      </Button>
    </form>
  );
}

function AddToAgenda({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const caseFieldId = useId();
  const [caseId, setCaseId] = useState('');
  const [reason, setReason] = useState('');
  const outcome = useFormOutcome();
  const [add, adding] = useMutation(AddAgendaItem, refetch);
  const chosen = meeting.agendaCandidates.find((candidate) => candidate.id === caseId);
  const late = Boolean(chosen?.submittedOn && meeting.submissionDeadline && chosen.submittedOn > meeting.submissionDeadline);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (adding.loading) return;
    if (caseId === '') {
      outcome.refuse({ caseId: t('meetings.required') });
      return;
    }
    void outcome.run(
      () => add({ variables: { input: { meetingId: meeting.id, caseId, lateExceptionReason: late ? reason : null } } }),
      t('meetings.changed'),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.addHeading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      {meeting.agendaCandidates.length === 0 ? (
        <Paragraph>{t('meetings.noCandidates')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="form-stack">
          <SelectField id={caseFieldId} label={t('meetings.caseLabel')} value={caseId} onChange={setCaseId} error={outcome.fields.caseId}>
            <Select.Option value="">{t('meetings.chooseCase')}</Select.Option>
            {meeting.agendaCandidates.map((candidate) => (
              <Select.Option key={candidate.id} value={candidate.id}>
                {candidate.reference}
                {candidate.title ? ` – ${candidate.title}` : ''}
              </Select.Option>
            ))}
          </SelectField>
          {late && chosen?.submittedOn && meeting.submissionDeadline && (
            <>
              <Alert data-color="warning">
                {t('meetings.lateWarning', {
                  submitted: format.date(chosen.submittedOn),
                  deadline: format.date(meeting.submissionDeadline),
                })}
              </Alert>
              <Textfield
                label={t('meetings.exceptionReason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                error={outcome.fields.lateExceptionReason}
              />
            </>
          )}
          <div className="button-row">
            <Button type="submit" aria-disabled={adding.loading || undefined}>
              {t('meetings.add')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function DetailsForm({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState<MeetingFormValues>({
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime ?? '',
    place: meeting.place ?? '',
    videoUrl: meeting.videoUrl ?? '',
    isOpen: meeting.isOpen,
    kind: meeting.kind,
  });
  const outcome = useFormOutcome();
  const [update, updating] = useMutation(UpdateMeeting, refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (updating.loading) return;
    void outcome.run(
      () => update({ variables: { input: { meetingId: meeting.id, version: meeting.version, ...meetingDetails(values) } } }),
      t('meetings.saved'),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.detailsHeading')}
      </Heading>
      <FormOutcome other={outcome.other} failure={outcome.failure} done={outcome.done} />
      <form onSubmit={submit} noValidate className="form-stack">
        <MeetingFields values={values} onChange={setValues} errors={outcome.fields} />
        <div className="button-row">
          <Button type="submit" aria-disabled={updating.loading || undefined}>
            {t('meetings.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function CancelForm({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const outcome = useFormOutcome();
  const [cancel, cancelling] = useMutation(CancelMeeting, refetch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cancelling.loading) return;
    if (reason.trim() === '') {
      outcome.refuse({ reason: t('meetings.required') });
      return;
    }
    void outcome.run(
      () => cancel({ variables: { input: { meetingId: meeting.id, version: meeting.version, reason } } }),
      t('meetings.cancelledDone'),
    );
  };
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('meetings.cancelHeading')}
      </Heading>
      <StatusMessage message={outcome.done} />
      <FormOutcome other={outcome.other} failure={outcome.failure} />
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          label={t('meetings.cancelReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={outcome.fields.reason}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" aria-disabled={cancelling.loading || undefined}>
            {t('meetings.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
