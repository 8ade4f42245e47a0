import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { localeFor } from '@helsefellesskap/calendar';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { NoticePreviewPanelQuery } from '../../gql/graphql';
import { ConfirmActionDialog } from '../../shared/confirm-action-dialog';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { StatusMessage } from '../../shared/status-message';
import { useFormatters } from '../../shared/use-formatters';
import { AttendancePanel } from './attendance-panel';

const NoticePreviewPanelQueryDocument = graphql(`
  query NoticePreviewPanel($meetingId: ID!) {
    noticePreview(meetingId: $meetingId) {
      meetingId
      meetingDate
      subject
      pdfUrl
      window {
        requiredDays
        latestOn
        earliestOn
        late
      }
      recipients {
        personId
        name
        email
        roles
        seatLabels
      }
      agenda {
        position
        caseId
        reference
        title
        exemptionBasis
      }
      sent {
        sentAt
        recipientCount
      }
    }
  }
`);

const SendNotice = graphql(`
  mutation SendNotice($meetingId: ID!) {
    sendNotice(meetingId: $meetingId) {
      meetingId
      sent {
        sentAt
        recipientCount
      }
    }
  }
`);

type Preview = NoticePreviewPanelQuery['noticePreview'];

/**
 * A meeting's notice and attendance, for the meeting page to mount (the one component the meetings
 * feature needs from this one): the notice preview and send (the secretariat), then absences and deputies.
 */
export function MeetingNoticeSection({ meetingId, canSend }: { meetingId: string; canSend: boolean }) {
  return (
    <>
      {canSend && <NoticePanel meetingId={meetingId} />}
      <AttendancePanel meetingId={meetingId} />
    </>
  );
}

/** The notice as it would go out (or as sent): the deadline, who gets it, the agenda, the PDF, and the send button. */
export function NoticePanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, loading, refetch } = useQuery(NoticePreviewPanelQueryDocument, { variables: { meetingId } });
  const preview = data?.noticePreview;
  return (
    <section aria-labelledby={headingId} className="notice-panel">
      <Heading level={2} data-size="md" id={headingId}>
        {t('notice.heading')}
      </Heading>
      {loading && !preview && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {preview && <NoticePreviewView preview={preview} />}
    </section>
  );
}

function NoticePreviewView({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const recipientsCaptionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const sendButtonRef = useRef<HTMLButtonElement>(null);
  const [send] = useMutation(SendNotice, {
    refetchQueries: ['NoticePreviewPanel', 'MeetingAttendancePanel', 'MeetingPage'],
    awaitRefetchQueries: true,
  });
  const addressed = preview.recipients.filter((recipient) => recipient.email).length;
  const sentAt = (at: string) =>
    new Intl.DateTimeFormat(localeFor(i18n.language), { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(at),
    );
  const { window } = preview;
  return (
    <>
      <StatusMessage ref={messageRef} message={message} />
      {preview.sent ? (
        <Alert data-color="success">
          <Paragraph>{t('notice.sent', { count: preview.sent.recipientCount, at: sentAt(preview.sent.sentAt) })}</Paragraph>
        </Alert>
      ) : window.late ? (
        <Alert data-color="danger">
          <Paragraph>{t('notice.window.late')}</Paragraph>
        </Alert>
      ) : null}
      {!preview.sent && (
        <Paragraph>
          {window.latestOn && window.requiredDays !== null && window.requiredDays !== undefined
            ? t('notice.window.latest', { date: format.date(window.latestOn), days: window.requiredDays })
            : t('notice.window.none')}
          {window.earliestOn ? ` ${t('notice.window.earliest', { date: format.date(window.earliestOn) })}` : ''}
        </Paragraph>
      )}
      <Paragraph>
        <strong>{t('notice.subject')}:</strong> {preview.subject}
      </Paragraph>
      <Paragraph>
        <Link href={preview.pdfUrl} target="_blank" rel="noopener">
          {t('notice.pdfLink')}
        </Link>
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('notice.agenda')}
      </Heading>
      {preview.agenda.length === 0 ? (
        <Paragraph>{t('notice.noAgenda')}</Paragraph>
      ) : (
        <ol className="notice-agenda">
          {preview.agenda.map((item) => (
            <li key={item.caseId}>
              <strong>{item.reference}</strong> {item.title ?? ''}
              {item.exemptionBasis && <> {t('notice.exempt', { basis: item.exemptionBasis })}</>}
            </li>
          ))}
        </ol>
      )}
      <ScrollableTable captionId={recipientsCaptionId}>
        <Table zebra>
          <caption id={recipientsCaptionId}>{t('notice.recipientsCaption', { count: preview.recipients.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('notice.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('notice.columns.roles')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('notice.columns.seats')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('notice.columns.email')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.recipients.map((recipient) => (
              <Table.Row key={recipient.personId}>
                <Table.HeaderCell scope="row">{recipient.name}</Table.HeaderCell>
                <Table.Cell>{recipient.roles.map((role) => t(`organs.roles.${role}`, { defaultValue: role })).join(', ')}</Table.Cell>
                <Table.Cell>{recipient.seatLabels.join(', ')}</Table.Cell>
                <Table.Cell>{recipient.email ?? t('notice.noEmail')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
      {!preview.sent && !window.late && (
        <Button ref={sendButtonRef} onClick={() => setConfirming(true)} disabled={addressed === 0}>
          {t('notice.send')}
        </Button>
      )}
      <ConfirmActionDialog
        open={confirming}
        heading={t('notice.sendConfirmHeading')}
        body={t('notice.sendConfirmBody', { count: addressed })}
        confirmLabel={t('notice.send')}
        cancelLabel={t('notice.cancel')}
        closeLabel={t('notice.close')}
        failedHeading={t('notice.sendFailed')}
        refusalCodes={['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT']}
        action={async () => {
          const result = await send({ variables: { meetingId: preview.meetingId } });
          const sent = result.data?.sendNotice.sent;
          if (sent) setMessage(t('notice.sent', { count: sent.recipientCount, at: sentAt(sent.sentAt) }));
        }}
        onClose={() => {
          setConfirming(false);
          sendButtonRef.current?.focus();
        }}
        onDone={() => {
          setConfirming(false);
          messageRef.current?.focus();
        }}
      />
    </>
  );
}
