import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { localeFor } from '@helsefellesskap/calendar';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { MinutesPanelQuery } from '../../gql/graphql';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';
import { useErrorText } from '../../shared/error-messages';
import { Loading, QueryError } from '../../shared/query-state';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';

const MinutesPanelQueryDocument = graphql(`
  query MinutesPanel($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      state
      canDraftMinutes
      minutes {
        meetingId
        state
        body
        version
        sentAt
        objectionDeadline
        untilApproval {
          days
          hours
        }
        approvedOn
        approvedBySilence
        publishedAt
        publicationDeadline
        publishedLate
        objections {
          id
          text
          raisedAt
          raisedByName
          resolvedAt
          resolution
        }
        corrections {
          id
          text
          reason
          recordedAt
        }
        pdfUrl
        canEdit
        canSend
        canPublish
        canObject
        canResolveObjections
        canCorrect
      }
    }
  }
`);

const DraftMinutes = graphql(`
  mutation DraftMinutes($meetingId: ID!) {
    draftMinutes(meetingId: $meetingId) {
      meetingId
      state
    }
  }
`);
const UpdateMinutes = graphql(`
  mutation UpdateMinutes($input: UpdateMinutesInput!) {
    updateMinutes(input: $input) {
      meetingId
      version
    }
  }
`);
const SendMinutes = graphql(`
  mutation SendMinutes($meetingId: ID!) {
    sendMinutes(meetingId: $meetingId) {
      meetingId
      state
    }
  }
`);
const PublishMinutes = graphql(`
  mutation PublishMinutes($meetingId: ID!) {
    publishMinutes(meetingId: $meetingId) {
      meetingId
      state
    }
  }
`);
const RaiseMinutesObjection = graphql(`
  mutation RaiseMinutesObjection($input: RaiseMinutesObjectionInput!) {
    raiseMinutesObjection(input: $input) {
      meetingId
      state
    }
  }
`);
const ResolveMinutesObjection = graphql(`
  mutation ResolveMinutesObjection($input: ResolveMinutesObjectionInput!) {
    resolveMinutesObjection(input: $input) {
      meetingId
      state
    }
  }
`);
const CorrectMinutes = graphql(`
  mutation CorrectMinutes($input: CorrectMinutesInput!) {
    correctMinutes(input: $input) {
      meetingId
      state
    }
  }
`);

type MinutesData = NonNullable<NonNullable<MinutesPanelQuery['meeting']>['minutes']>;

/** Every change re-reads the panel and the meeting page (its breaches show late publication). */
const refetch = { refetchQueries: ['MinutesPanel', 'MeetingPage'], awaitRefetchQueries: true };

/** A moment as date and time in Norway, in the reader's language. */
function useMoment(): (at: string) => string {
  const { i18n } = useTranslation();
  return (at) =>
    new Intl.DateTimeFormat(localeFor(i18n.language), { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(at),
    );
}

/** Runs a change and turns its refusal into translated text; answers whether it went through. */
function useRun(announce: (text: string) => void): {
  failure: string[];
  run: (work: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string[]>([]);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setFailure([]);
    try {
      await work();
      announce(done);
      return true;
    } catch (error) {
      const texts = errorText.refusals(error);
      setFailure(texts.length > 0 ? texts : [String(error)]);
      return false;
    }
  };
  return { failure, run };
}

function Failure({ texts }: { texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      {texts.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </Alert>
  );
}

/**
 * A meeting's minutes, for the meeting page to mount: the draft from the meeting, the editor, sending to the
 * participants with the approval countdown (computed by the API), objections, publication and corrections.
 * What the caller may do comes from the API's `can…` fields.
 */
export function MinutesPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const announce = (text: string) => {
    setMessage(text);
    messageRef.current?.focus();
  };
  const { data, error, loading, refetch: reload } = useQuery(MinutesPanelQueryDocument, { variables: { meetingId } });
  const [draft, drafting] = useMutation(DraftMinutes, refetch);
  const { failure, run } = useRun(announce);
  const meeting = data?.meeting;
  return (
    <section aria-labelledby={headingId} className="page-section minutes-panel">
      <Heading level={2} data-size="md" id={headingId}>
        {t('minutes.heading')}
      </Heading>
      <StatusMessage ref={messageRef} message={message} />
      {loading && !meeting && <Loading />}
      {error && <QueryError error={error} onRetry={() => void reload()} />}
      {meeting && !meeting.minutes && (
        <>
          <Paragraph>{meeting.state === 'HELD' ? t('minutes.none') : t('minutes.noneYet')}</Paragraph>
          {meeting.canDraftMinutes && (
            <Button loading={drafting.loading} onClick={() => void run(() => draft({ variables: { meetingId } }), t('minutes.drafted'))}>
              {t('minutes.draft')}
            </Button>
          )}
          <Failure texts={failure} />
        </>
      )}
      {meeting?.minutes && <MinutesView key={meeting.minutes.version} minutes={meeting.minutes} announce={announce} />}
    </section>
  );
}

function MinutesView({ minutes, announce }: { minutes: MinutesData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const moment = useMoment();
  return (
    <>
      <Paragraph>
        {t('minutes.stateLabel')}:{' '}
        <Tag data-color={minutes.state === 'OBJECTED' ? 'warning' : minutes.state === 'DRAFT' ? 'neutral' : 'success'}>
          {t(`minutes.state.${minutes.state}`)}
        </Tag>
      </Paragraph>
      {minutes.sentAt && minutes.state !== 'DRAFT' && <Paragraph>{t('minutes.sentAt', { at: moment(minutes.sentAt) })}</Paragraph>}
      {minutes.untilApproval && minutes.objectionDeadline && (
        <Alert data-color="info">
          <Paragraph>
            {t('minutes.countdown', {
              days: t('minutes.days', { count: minutes.untilApproval.days }),
              hours: t('minutes.hours', { count: minutes.untilApproval.hours }),
              deadline: moment(minutes.objectionDeadline),
            })}
          </Paragraph>
        </Alert>
      )}
      {minutes.state === 'OBJECTED' && <Paragraph>{t('minutes.objectedHelp')}</Paragraph>}
      {minutes.approvedOn && (
        <Paragraph>
          {minutes.approvedBySilence
            ? t('minutes.approvedBySilence', { date: format.date(minutes.approvedOn) })
            : t('minutes.approved', { date: format.date(minutes.approvedOn) })}
        </Paragraph>
      )}
      {minutes.publishedAt && <Paragraph>{t('minutes.published', { at: moment(minutes.publishedAt) })}</Paragraph>}
      {minutes.publishedLate && minutes.publicationDeadline && (
        <Alert data-color="warning">
          <Paragraph>{t('minutes.publishedLate', { date: format.date(minutes.publicationDeadline) })}</Paragraph>
        </Alert>
      )}
      {!minutes.publishedAt && minutes.publicationDeadline && (
        <Paragraph>{t('minutes.publicationDeadline', { date: format.date(minutes.publicationDeadline) })}</Paragraph>
      )}
      {minutes.canEdit ? <BodyEditor minutes={minutes} announce={announce} /> : <pre className="minutes-body">{minutes.body}</pre>}
      <Paragraph>
        <Link href={minutes.pdfUrl} type="application/pdf">
          {t('minutes.pdfLink')}
        </Link>
      </Paragraph>
      <MinutesActions minutes={minutes} announce={announce} />
      <Objections minutes={minutes} announce={announce} />
      <Corrections minutes={minutes} announce={announce} />
    </>
  );
}

function BodyEditor({ minutes, announce }: { minutes: MinutesData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(minutes.body);
  const [update, updating] = useMutation(UpdateMinutes, refetch);
  const { failure, run } = useRun(announce);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => update({ variables: { input: { meetingId: minutes.meetingId, body, expectedVersion: minutes.version } } }),
      t('minutes.saved'),
    );
  };
  return (
    <form onSubmit={submit} className="minutes-editor">
      <Textfield
        multiline
        rows={16}
        label={t('minutes.body')}
        description={t('minutes.bodyHelp')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <Button type="submit" variant="secondary" loading={updating.loading} disabled={body === minutes.body}>
        {t('minutes.save')}
      </Button>
      <Failure texts={failure} />
    </form>
  );
}

function MinutesActions({ minutes, announce }: { minutes: MinutesData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'send' | 'publish'>();
  const sendRef = useRef<HTMLButtonElement>(null);
  const publishRef = useRef<HTMLButtonElement>(null);
  const [send] = useMutation(SendMinutes, refetch);
  const [publish] = useMutation(PublishMinutes, refetch);
  if (!minutes.canSend && !minutes.canPublish) return null;
  const sending = confirming === 'send';
  return (
    <div className="button-row">
      {minutes.canSend && (
        <Button ref={sendRef} onClick={() => setConfirming('send')}>
          {t('minutes.send')}
        </Button>
      )}
      {minutes.canPublish && (
        <Button ref={publishRef} onClick={() => setConfirming('publish')}>
          {t('minutes.publish')}
        </Button>
      )}
      <ConfirmActionDialog
        open={confirming !== undefined}
        heading={sending ? t('minutes.sendConfirmHeading') : t('minutes.publishConfirmHeading')}
        body={sending ? t('minutes.sendConfirmBody') : t('minutes.publishConfirmBody')}
        confirmLabel={sending ? t('minutes.send') : t('minutes.publish')}
        cancelLabel={t('minutes.cancel')}
        closeLabel={t('minutes.close')}
        failedHeading={sending ? t('minutes.sendFailed') : t('minutes.publishFailed')}
        refusalCodes={['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']}
        action={() =>
          sending ? send({ variables: { meetingId: minutes.meetingId } }) : publish({ variables: { meetingId: minutes.meetingId } })
        }
        onClose={() => {
          (sending ? sendRef : publishRef).current?.focus();
          setConfirming(undefined);
        }}
        onDone={() => {
          setConfirming(undefined);
          announce(sending ? t('minutes.sentMessage') : t('minutes.publishedMessage'));
        }}
      />
    </div>
  );
}

function Objections({ minutes, announce }: { minutes: MinutesData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const headingId = useId();
  const [text, setText] = useState('');
  const [raise, raising] = useMutation(RaiseMinutesObjection, refetch);
  const { failure, run } = useRun(announce);
  if (minutes.state === 'DRAFT' && minutes.objections.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('minutes.objections')}
      </Heading>
      {minutes.objections.length === 0 ? (
        <Paragraph>{t('minutes.noObjections')}</Paragraph>
      ) : (
        <ul className="minutes-objections">
          {minutes.objections.map((objection) => (
            <li key={objection.id}>
              <Paragraph>{objection.text}</Paragraph>
              <Paragraph data-size="sm">
                {t('minutes.objectionBy', { name: objection.raisedByName ?? '–', at: moment(objection.raisedAt) })}
              </Paragraph>
              {objection.resolution ? (
                <Paragraph data-size="sm">{t('minutes.resolution', { resolution: objection.resolution })}</Paragraph>
              ) : minutes.canResolveObjections ? (
                <ResolveForm objectionId={objection.id} announce={announce} />
              ) : (
                <Paragraph data-size="sm">{t('minutes.unresolved')}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
      {minutes.canObject && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => raise({ variables: { input: { meetingId: minutes.meetingId, text } } }), t('minutes.objectedMessage')).then(
              (done) => done && setText(''),
            );
          }}
        >
          <Textfield
            multiline
            rows={3}
            label={t('minutes.objectLabel')}
            description={t('minutes.objectHelp')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary" loading={raising.loading} disabled={text.trim() === ''}>
            {t('minutes.object')}
          </Button>
          <Failure texts={failure} />
        </form>
      )}
    </section>
  );
}

function ResolveForm({ objectionId, announce }: { objectionId: string; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState('');
  const [resolve, resolving] = useMutation(ResolveMinutesObjection, refetch);
  const { failure, run } = useRun(announce);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => resolve({ variables: { input: { objectionId, resolution } } }), t('minutes.resolvedMessage'));
      }}
    >
      <Textfield
        label={t('minutes.resolveLabel')}
        value={resolution}
        onChange={(event) => setResolution(event.target.value)}
        data-size="sm"
      />
      <Button type="submit" variant="secondary" data-size="sm" loading={resolving.loading} disabled={resolution.trim() === ''}>
        {t('minutes.resolve')}
      </Button>
      <Failure texts={failure} />
    </form>
  );
}

function Corrections({ minutes, announce }: { minutes: MinutesData; announce: (text: string) => void }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [correct, correcting] = useMutation(CorrectMinutes, refetch);
  const { failure, run } = useRun(announce);
  if (minutes.corrections.length === 0 && !minutes.canCorrect) return null;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('minutes.corrections')}
      </Heading>
      {minutes.corrections.map((correction) => (
        <div key={correction.id}>
          <Paragraph data-size="sm">
            {t('minutes.correctionItem', { at: moment(correction.recordedAt), reason: correction.reason })}
          </Paragraph>
          <pre className="minutes-body">{correction.text}</pre>
        </div>
      ))}
      {minutes.canCorrect && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(
              () => correct({ variables: { input: { meetingId: minutes.meetingId, reason, text } } }),
              t('minutes.correctedMessage'),
            );
          }}
        >
          <Paragraph data-size="sm">{t('minutes.correctHelp')}</Paragraph>
          <Textfield label={t('minutes.correctionReason')} value={reason} onChange={(event) => setReason(event.target.value)} />
          <Textfield
            multiline
            rows={4}
            label={t('minutes.correctionText')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary" loading={correcting.loading} disabled={reason.trim() === '' || text.trim() === ''}>
            {t('minutes.correct')}
          </Button>
          <Failure texts={failure} />
        </form>
      )}
    </section>
  );
}
