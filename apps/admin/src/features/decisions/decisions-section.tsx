import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, Heading, Link, Paragraph, Radio, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { DecisionKind, MeetingDecisionsQuery, VoteValue } from '../../gql/graphql';
import { useErrorText } from '../../shared/error-messages';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';
import { AppLink } from '../../shared/app-link';
import { meetingPath } from '../meetings/paths';

const MeetingDecisionsQueryDocument = graphql(`
  query MeetingDecisions($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      version
      canRecordDecisions
      postponementTargets {
        meetingId
        date
        startTime
        kind
      }
      attendanceSheet {
        appointmentId
        name
        seatLabel
        role
        deputyRank
        absenceReported
        present
        standsInForAppointmentId
        mayStandInFor
      }
      attendance {
        appointmentId
        personId
        name
        seatLabel
        role
        votes
        standsInForName
      }
      quorum {
        votingPresent
        quorate
      }
      agenda {
        position
        recommendationText
        case {
          id
          reference
          title
        }
        decision {
          id
          kind
          text
          decidedOn
          differsFromRecommendation
          correctionReason
          recordPdfUrl
          postponedToMeetingId
          postponedToDate
          votes {
            personId
            name
            vote
          }
          counts {
            yes
            no
            abstain
            unanimous
          }
        }
      }
    }
  }
`);

const RecordAttendance = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      version
    }
  }
`);

const CorrectDecision = graphql(`
  mutation CorrectDecision($input: CorrectDecisionInput!) {
    correctDecision(input: $input) {
      id
    }
  }
`);

const RecordDecision = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

type MeetingData = MeetingDecisionsQuery['meeting'];
type SheetLine = MeetingData['attendanceSheet'][number];
type AgendaEntry = MeetingData['agenda'][number];
type Voter = MeetingData['attendance'][number];
type PostponementTarget = MeetingData['postponementTargets'][number];

/** Where a meeting of the same organ is opened: the section lives on a meeting page, which knows its community and organ. */
type MeetingHref = (meetingId: string, date: string) => string;

const refetch = { refetchQueries: ['MeetingDecisions'], awaitRefetchQueries: true };
/** A decision also moves cases: a postponed one onto a later meeting's agenda (or off it again), read by the meeting page. */
const refetchWithAgendas = { refetchQueries: ['MeetingDecisions', 'MeetingPage'], awaitRefetchQueries: true };
const KINDS: readonly DecisionKind[] = ['CONSENSUS', 'VOTE', 'NOTED', 'POSTPONED'] as const;
const VOTES: readonly VoteValue[] = ['YES', 'NO', 'ABSTAIN'] as const;

/** The meeting's attendance ("Oppmøte") and a decision ("Vedtak") per agenda item, recorded by the secretariat during the meeting. */
export function MeetingDecisionsSection({ communityId, organId, meetingId }: { communityId: string; organId: string; meetingId: string }) {
  const { data, error, loading, refetch: retry } = useQuery(MeetingDecisionsQueryDocument, { variables: { meetingId } });
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    messageRef.current?.focus();
  };
  const meeting = data?.meeting;
  return (
    <>
      <StatusMessage ref={messageRef} message={message} />
      {loading && !meeting && <Loading />}
      {error && <QueryError error={error} onRetry={() => void retry()} />}
      {meeting && (
        <>
          <Attendance meeting={meeting} announce={announce} />
          <Decisions
            meeting={meeting}
            announce={announce}
            meetingHref={(id, date) => meetingPath(communityId, organId, id, Number(date.slice(0, 4)))}
          />
        </>
      )}
    </>
  );
}

function Attendance({ meeting, announce }: { meeting: MeetingData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { quorum } = meeting;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('decisions.attendance.heading')}
      </Heading>
      {quorum && meeting.attendance.length > 0 && (
        <Paragraph>
          {quorum.quorate ? t('decisions.attendance.quorate', { count: quorum.votingPresent }) : t('decisions.attendance.notQuorate')}
        </Paragraph>
      )}
      {meeting.canRecordDecisions ? (
        <AttendanceForm key={meeting.version} meeting={meeting} announce={announce} />
      ) : (
        <>
          {meeting.attendanceSheet.length > 0 && <Paragraph>{t('decisions.attendance.notYet')}</Paragraph>}
          <RecordedAttendance attendance={meeting.attendance} />
        </>
      )}
    </section>
  );
}

function RecordedAttendance({ attendance }: { attendance: readonly Voter[] }) {
  const { t } = useTranslation();
  if (attendance.length === 0) return <Paragraph>{t('decisions.attendance.noneRecorded')}</Paragraph>;
  return (
    <ul aria-label={t('decisions.attendance.recorded')}>
      {attendance.map((attendee) => (
        <li key={attendee.appointmentId}>
          {attendee.name} ({attendee.seatLabel})
          {attendee.standsInForName ? `, ${t('decisions.attendance.standsInFor', { name: attendee.standsInForName })}` : ''}
          {attendee.votes ? `, ${t('decisions.attendance.votes')}` : ''}
        </li>
      ))}
    </ul>
  );
}

interface LineState {
  present: boolean;
  standsIn: string;
}

/** The checklist of the composition on the meeting date: who attended, and which absent member each deputy stood in for. */
function AttendanceForm({ meeting, announce }: { meeting: MeetingData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const captionId = useId();
  const [lines, setLines] = useState<Record<string, LineState>>(() =>
    Object.fromEntries(
      meeting.attendanceSheet.map((line) => [line.appointmentId, { present: line.present, standsIn: line.standsInForAppointmentId ?? '' }]),
    ),
  );
  const [failure, setFailure] = useState<string[]>([]);
  const [record, recording] = useMutation(RecordAttendance, refetch);
  const names = new Map(meeting.attendanceSheet.map((line) => [line.appointmentId, line.name]));
  const change = (appointmentId: string, next: Partial<LineState>) =>
    setLines((current) => ({ ...current, [appointmentId]: { present: false, standsIn: '', ...current[appointmentId], ...next } }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure([]);
    const attendees = meeting.attendanceSheet
      .filter((line) => lines[line.appointmentId]?.present)
      .map((line) => ({ appointmentId: line.appointmentId, standsInForAppointmentId: standsInOf(lines[line.appointmentId]) }));
    try {
      await record({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, attendees } } });
      announce(t('decisions.attendance.saved'));
    } catch (error) {
      const texts = errorText.refusals(error);
      setFailure(texts.length > 0 ? texts : [String(error)]);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Paragraph>{t('decisions.attendance.intro')}</Paragraph>
      <ScrollableTable captionId={captionId}>
        <Table>
          <caption id={captionId}>{t('decisions.attendance.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('decisions.attendance.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('decisions.attendance.columns.role')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('decisions.attendance.columns.present')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('decisions.attendance.columns.standsInFor')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {meeting.attendanceSheet.map((line) => (
              <AttendanceRow
                key={line.appointmentId}
                line={line}
                state={lines[line.appointmentId] ?? { present: false, standsIn: '' }}
                names={names}
                onChange={(next) => change(line.appointmentId, next)}
              />
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
      {failure.length > 0 && (
        <Alert data-color="danger" role="alert">
          {failure.map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
        </Alert>
      )}
      <Button type="submit" loading={recording.loading}>
        {t('decisions.attendance.save')}
      </Button>
    </form>
  );
}

function AttendanceRow({
  line,
  state,
  names,
  onChange,
}: {
  line: SheetLine;
  state: LineState;
  names: ReadonlyMap<string, string>;
  onChange: (next: Partial<LineState>) => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const role = isAttendingRole(line.role) ? t(`decisions.attendance.role.${line.role}`) : line.role;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        {line.name}
        <br />
        <span className="muted">{line.seatLabel}</span>
      </Table.HeaderCell>
      <Table.Cell>
        {role}
        {line.deputyRank ? ` (${t('decisions.attendance.rank', { rank: line.deputyRank })})` : ''}
        {line.absenceReported ? `, ${t('decisions.attendance.absenceReported')}` : ''}
      </Table.Cell>
      <Table.Cell>
        <Checkbox
          aria-label={t('decisions.attendance.presentLabel', { name: line.name })}
          checked={state.present}
          onChange={(event) => onChange({ present: event.target.checked, ...(event.target.checked ? {} : { standsIn: '' }) })}
        />
      </Table.Cell>
      <Table.Cell>
        {line.mayStandInFor.length > 0 && (
          <SelectField
            id={selectId}
            label={t('decisions.attendance.standsInForLabel', { name: line.name })}
            value={state.standsIn}
            onChange={(value) => onChange({ standsIn: value, ...(value ? { present: true } : {}) })}
          >
            <Select.Option value="">{t('decisions.attendance.nobody')}</Select.Option>
            {line.mayStandInFor.map((memberId) => (
              <Select.Option key={memberId} value={memberId}>
                {names.get(memberId) ?? memberId}
              </Select.Option>
            ))}
          </SelectField>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

const ATTENDING_ROLES = ['MEMBER', 'PERSONAL_DEPUTY', 'DEPUTY', 'OBSERVER'] as const;
type AttendingRole = (typeof ATTENDING_ROLES)[number];

function isAttendingRole(role: string): role is AttendingRole {
  return ATTENDING_ROLES.some((known) => known === role);
}

/** The member a line stands in for, as the API takes it: null for nobody. */
function standsInOf(state: LineState | undefined): string | null {
  return state && state.standsIn !== '' ? state.standsIn : null;
}

function Decisions({
  meeting,
  announce,
  meetingHref,
}: {
  meeting: MeetingData;
  announce: (text: string) => void;
  meetingHref: MeetingHref;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const voters = meeting.attendance.filter((attendee) => attendee.votes);
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('decisions.decisions.heading')}
      </Heading>
      {meeting.agenda.length === 0 && <Paragraph>{t('decisions.decisions.none')}</Paragraph>}
      {meeting.agenda.map((item) => (
        <AgendaDecision
          key={item.case.id}
          meetingId={meeting.id}
          item={item}
          voters={voters}
          targets={meeting.postponementTargets}
          canRecord={meeting.canRecordDecisions}
          announce={announce}
          meetingHref={meetingHref}
        />
      ))}
    </section>
  );
}

function AgendaDecision({
  meetingId,
  item,
  voters,
  targets,
  canRecord,
  announce,
  meetingHref,
}: {
  meetingId: string;
  item: AgendaEntry;
  voters: readonly Voter[];
  targets: readonly PostponementTarget[];
  canRecord: boolean;
  announce: (text: string) => void;
  meetingHref: MeetingHref;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const reference = item.case.reference;
  return (
    <article aria-labelledby={headingId} className="decision-item">
      <Heading level={3} data-size="sm" id={headingId}>
        {item.position}. {t('decisions.decisions.item', { reference, title: item.case.title ?? t('decisions.decisions.exemptTitle') })}
      </Heading>
      {item.decision ? (
        <RecordedDecision decision={item.decision} reference={reference} meetingHref={meetingHref} />
      ) : (
        canRecord && <DecisionForm meetingId={meetingId} item={item} voters={voters} targets={targets} announce={announce} />
      )}
      {item.decision && canRecord && item.decision.text !== null && (
        <Correction meetingId={meetingId} item={item} decision={item.decision} voters={voters} announce={announce} />
      )}
    </article>
  );
}

function RecordedDecision({
  decision,
  reference,
  meetingHref,
}: {
  decision: NonNullable<AgendaEntry['decision']>;
  reference: string;
  meetingHref: MeetingHref;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="recorded-decision">
      <Paragraph>
        <strong>
          {t('decisions.decisions.decided', {
            kind: t(`decisions.decisions.kind.${decision.kind}`),
            date: format.date(decision.decidedOn),
          })}
        </strong>
      </Paragraph>
      {decision.postponedToMeetingId && decision.postponedToDate && (
        <Paragraph>
          {t('decisions.decisions.postponedTo')}{' '}
          <AppLink to={meetingHref(decision.postponedToMeetingId, decision.postponedToDate)}>
            {format.date(decision.postponedToDate)}
          </AppLink>
        </Paragraph>
      )}
      {decision.text === null ? (
        <Paragraph>{t('decisions.decisions.hidden')}</Paragraph>
      ) : (
        <Paragraph className="preformatted">{decision.text}</Paragraph>
      )}
      {decision.differsFromRecommendation !== null && (
        <Paragraph data-size="sm">
          {decision.differsFromRecommendation ? t('decisions.decisions.differs') : t('decisions.decisions.same')}
        </Paragraph>
      )}
      {decision.counts && (
        <Paragraph>
          {decision.counts.unanimous && decision.votes.length === 0
            ? t('decisions.decisions.unanimous')
            : t('decisions.decisions.counts', decision.counts)}
        </Paragraph>
      )}
      {decision.votes.length > 0 && (
        <ul>
          {decision.votes.map((vote) => (
            <li key={vote.personId}>
              {vote.name}: {t(`decisions.decisions.vote.${vote.vote}`)}
            </li>
          ))}
        </ul>
      )}
      {decision.correctionReason && <Paragraph>{t('decisions.decisions.corrected', { reason: decision.correctionReason })}</Paragraph>}
      <Paragraph>
        <Link href={decision.recordPdfUrl} type="application/pdf" aria-label={t('decisions.decisions.recordPdfFor', { reference })}>
          {t('decisions.decisions.recordPdf')}
        </Link>
      </Paragraph>
    </div>
  );
}

/** A recorded decision is immutable: a correction is a new decision with its reason, from a form that starts from the current one. */
function Correction({
  meetingId,
  item,
  decision,
  voters,
  announce,
}: {
  meetingId: string;
  item: AgendaEntry;
  decision: NonNullable<AgendaEntry['decision']>;
  voters: readonly Voter[];
  announce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('decisions.decisions.correct', { reference: item.case.reference })}
      </Button>
    );
  }
  return (
    <DecisionForm
      key={decision.id}
      meetingId={meetingId}
      item={item}
      voters={voters}
      announce={announce}
      correcting={{ decision, onDone: () => setOpen(false) }}
    />
  );
}

/** One agenda item's decision: the kind, the text from the recommendation and, for a vote, one For/Mot/Avstår radio group per voting person. */
function DecisionForm({
  meetingId,
  item,
  voters,
  targets = [],
  announce,
  correcting,
}: {
  meetingId: string;
  item: AgendaEntry;
  voters: readonly Voter[];
  /** The later meetings a postponed case can move to; a correction leaves where the case went as it is. */
  targets?: readonly PostponementTarget[];
  announce: (text: string) => void;
  /** The current decision when the form corrects it: it starts from it and asks for the reason. */
  correcting?: { decision: NonNullable<AgendaEntry['decision']>; onDone: () => void };
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const reference = item.case.reference;
  const current = correcting?.decision;
  const [kind, setKind] = useState<DecisionKind>(current?.kind ?? 'CONSENSUS');
  const [text, setText] = useState(current?.text ?? item.recommendationText ?? '');
  const [reason, setReason] = useState('');
  const [postponedTo, setPostponedTo] = useState('');
  const postponedToId = useId();
  const format = useFormatters();
  const [votes, setVotes] = useState<Record<string, VoteValue>>(() =>
    Object.fromEntries((current?.votes ?? []).map((vote) => [vote.personId, vote.vote])),
  );
  const [failure, setFailure] = useState<string[]>([]);
  const [record, recording] = useMutation(RecordDecision, refetchWithAgendas);
  const [correct, correctingNow] = useMutation(CorrectDecision, refetchWithAgendas);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure([]);
    const given = kind === 'VOTE' ? Object.entries(votes).map(([personId, vote]) => ({ personId, vote })) : [];
    try {
      if (correcting && current) {
        await correct({ variables: { input: { decisionId: current.id, kind, text, votes: given, reason } } });
        announce(t('decisions.decisions.correctionSaved', { reference }));
        correcting.onDone();
        return;
      }
      const postponedToMeetingId = kind === 'POSTPONED' && postponedTo !== '' ? postponedTo : null;
      await record({ variables: { input: { meetingId, caseId: item.case.id, kind, text, votes: given, postponedToMeetingId } } });
      announce(t('decisions.decisions.recorded', { reference }));
    } catch (error) {
      const texts = errorText.refusals(error);
      setFailure(texts.length > 0 ? texts : [String(error)]);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="decision-form">
      <Fieldset>
        <Fieldset.Legend>
          {correcting ? t('decisions.decisions.correctLegend', { reference }) : t('decisions.decisions.kindLegend', { reference })}
        </Fieldset.Legend>
        <div className="radio-row">
          {KINDS.map((value) => (
            <Radio
              key={value}
              name={`${id}-kind`}
              value={value}
              label={t(`decisions.decisions.kind.${value}`)}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </div>
      </Fieldset>
      <Textfield
        multiline
        rows={4}
        label={t('decisions.decisions.text', { reference })}
        description={t('decisions.decisions.textHelp')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {kind === 'VOTE' && (
        <VoteGrid
          reference={reference}
          voters={voters}
          votes={votes}
          onVote={(personId, vote) => setVotes((current) => ({ ...current, [personId]: vote }))}
        />
      )}
      {kind === 'POSTPONED' && !correcting && (
        <SelectField
          id={postponedToId}
          label={t('decisions.decisions.postponedToLabel', { reference })}
          description={targets.length > 0 ? t('decisions.decisions.postponedToHelp') : t('decisions.decisions.postponedToNone')}
          value={postponedTo}
          onChange={setPostponedTo}
        >
          <Select.Option value="">{t('decisions.decisions.postponedToLater')}</Select.Option>
          {targets.map((target) => (
            <Select.Option key={target.meetingId} value={target.meetingId}>
              {t(target.kind === 'EXTRAORDINARY' ? 'decisions.decisions.targetExtraordinary' : 'decisions.decisions.target', {
                date: format.date(target.date),
                time: target.startTime,
              })}
            </Select.Option>
          ))}
        </SelectField>
      )}
      {correcting && (
        <Textfield
          label={t('decisions.decisions.reason', { reference })}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      {failure.length > 0 && (
        <Alert data-color="danger" role="alert">
          {failure.map((line) => (
            <Paragraph key={line}>{line}</Paragraph>
          ))}
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" loading={recording.loading || correctingNow.loading}>
          {correcting ? t('decisions.decisions.saveCorrection', { reference }) : t('decisions.decisions.record', { reference })}
        </Button>
        {correcting && (
          <Button type="button" variant="tertiary" onClick={correcting.onDone}>
            {t('decisions.decisions.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * One row per voting person present, each a native radio group: the arrow keys move within a person's
 * For/Mot/Avstår, Tab moves on to the next person.
 */
function VoteGrid({
  reference,
  voters,
  votes,
  onVote,
}: {
  reference: string;
  voters: readonly Voter[];
  votes: Readonly<Record<string, VoteValue>>;
  onVote: (personId: string, vote: VoteValue) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const id = useId();
  if (voters.length === 0) return <Paragraph>{t('decisions.decisions.noVoters')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm">{t('decisions.decisions.votesHelp')}</Paragraph>
      <ScrollableTable captionId={captionId}>
        <Table>
          <caption id={captionId}>{t('decisions.decisions.votesCaption', { reference })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('decisions.decisions.voter')}</Table.HeaderCell>
              {VOTES.map((value) => (
                <Table.HeaderCell key={value} scope="col">
                  {t(`decisions.decisions.vote.${value}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {voters.map((voter) => (
              <Table.Row key={voter.personId}>
                <Table.HeaderCell scope="row">{voter.name}</Table.HeaderCell>
                {VOTES.map((value) => (
                  <Table.Cell key={value}>
                    <Radio
                      name={`${id}-${voter.personId}`}
                      value={value}
                      aria-label={`${voter.name}: ${t(`decisions.decisions.vote.${value}`)}`}
                      checked={votes[voter.personId] === value}
                      onChange={() => onVote(voter.personId, value)}
                    />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
    </>
  );
}
