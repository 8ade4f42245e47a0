import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '../../gql';
import type { MeetingAttendancePanelQuery } from '../../gql/graphql';
import { useErrorText } from '../../shared/error-messages';
import { Loading, QueryError } from '../../shared/query-state';
import { ScrollableTable } from '../../shared/scrollable-table';
import { SelectField } from '../../shared/select-field';
import { StatusMessage } from '../../shared/status-message';

const MeetingAttendancePanelQueryDocument = graphql(`
  query MeetingAttendancePanel($meetingId: ID!) {
    meetingAttendance(meetingId: $meetingId) {
      meetingId
      mayCallInDeputies
      members {
        appointmentId
        name
        seatLabel
        mayReport
        absence {
          id
          reason
          deputyAppointmentId
          deputyName
        }
        deputyCandidates {
          appointmentId
          name
          role
          deputyRank
        }
      }
    }
  }
`);

const ReportAbsence = graphql(`
  mutation ReportAbsence($input: ReportAbsenceInput!) {
    reportAbsence(input: $input) {
      meetingId
    }
  }
`);

const WithdrawAbsence = graphql(`
  mutation WithdrawAbsence($id: ID!) {
    withdrawAbsence(id: $id) {
      meetingId
    }
  }
`);

const CallInDeputy = graphql(`
  mutation CallInDeputy($input: CallInDeputyInput!) {
    callInDeputy(input: $input) {
      meetingId
    }
  }
`);

type Plan = MeetingAttendancePanelQuery['meetingAttendance'];
type Member = Plan['members'][number];

const refetch = { refetchQueries: ['MeetingAttendancePanel'], awaitRefetchQueries: true };

/** The members called to the meeting: each reports absence (or the secretariat for them), and the secretariat calls in a deputy. */
export function AttendancePanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, loading, refetch: retry } = useQuery(MeetingAttendancePanelQueryDocument, { variables: { meetingId } });
  const [message, setMessage] = useState<string>();
  const messageRef = useRef<HTMLDivElement>(null);
  const plan = data?.meetingAttendance;
  const announce = (text: string) => {
    setMessage(text);
    messageRef.current?.focus();
  };
  const captionId = useId();
  return (
    <section aria-labelledby={headingId} className="attendance-panel">
      <Heading level={2} data-size="md" id={headingId}>
        {t('notice.attendance.heading')}
      </Heading>
      <Paragraph>{t('notice.attendance.intro')}</Paragraph>
      <StatusMessage ref={messageRef} message={message} />
      {loading && !plan && <Loading />}
      {error && <QueryError error={error} onRetry={() => void retry()} />}
      {plan?.members.length === 0 && <Paragraph>{t('notice.attendance.none')}</Paragraph>}
      {plan && plan.members.length > 0 && (
        <ScrollableTable captionId={captionId}>
          <Table>
            <caption id={captionId}>{t('notice.attendance.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('notice.columns.member')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('notice.columns.seats')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('notice.columns.absence')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('notice.columns.deputy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.members.map((member) => (
                <MemberRow
                  key={member.appointmentId}
                  meetingId={meetingId}
                  member={member}
                  mayCallIn={plan.mayCallInDeputies}
                  announce={announce}
                />
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}

function MemberRow({
  meetingId,
  member,
  mayCallIn,
  announce,
}: {
  meetingId: string;
  member: Member;
  mayCallIn: boolean;
  announce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [deputy, setDeputy] = useState('');
  const [failure, setFailure] = useState<string[]>([]);
  const deputyFieldId = useId();
  const [report, reporting] = useMutation(ReportAbsence, refetch);
  const [withdraw, withdrawing] = useMutation(WithdrawAbsence, refetch);
  const [callIn, calling] = useMutation(CallInDeputy, refetch);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setFailure([]);
    try {
      await work();
      announce(done);
    } catch (error) {
      const texts = errorText.refusals(error);
      setFailure(texts.length > 0 ? texts : [String(error)]);
    }
  };
  const { absence } = member;
  const chosen = deputy === '' ? (member.deputyCandidates[0]?.appointmentId ?? '') : deputy;
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{member.name}</Table.HeaderCell>
      <Table.Cell>{member.seatLabel}</Table.Cell>
      <Table.Cell>
        {absence
          ? absence.reason
            ? t('notice.attendance.reportedWithReason', { reason: absence.reason })
            : t('notice.attendance.reported')
          : t('notice.attendance.present')}
        {member.mayReport && !absence && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  report({ variables: { input: { meetingId, memberAppointmentId: member.appointmentId, reason: reason.trim() || null } } }),
                t('notice.attendance.reported_message', { name: member.name }),
              );
            }}
          >
            <Textfield
              label={t('notice.attendance.reason', { name: member.name })}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              data-size="sm"
            />
            <Button type="submit" variant="secondary" data-size="sm" loading={reporting.loading}>
              {t('notice.attendance.report', { name: member.name })}
            </Button>
          </form>
        )}
        {member.mayReport && absence && (
          <Button
            variant="tertiary"
            data-size="sm"
            loading={withdrawing.loading}
            onClick={() =>
              void run(() => withdraw({ variables: { id: absence.id } }), t('notice.attendance.withdrawn', { name: member.name }))
            }
          >
            {t('notice.attendance.withdraw', { name: member.name })}
          </Button>
        )}
      </Table.Cell>
      <Table.Cell>
        {absence?.deputyName && t('notice.attendance.deputyCalled', { name: absence.deputyName })}
        {absence && !absence.deputyName && mayCallIn && member.deputyCandidates.length === 0 && t('notice.attendance.noDeputy')}
        {absence && !absence.deputyName && mayCallIn && member.deputyCandidates.length > 0 && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const name = member.deputyCandidates.find((candidate) => candidate.appointmentId === chosen)?.name ?? '';
              void run(
                () => callIn({ variables: { input: { absenceId: absence.id, deputyAppointmentId: chosen } } }),
                t('notice.attendance.calledIn', { deputy: name, name: member.name }),
              );
            }}
          >
            <SelectField
              id={deputyFieldId}
              label={t('notice.attendance.chooseDeputy', { name: member.name })}
              value={chosen}
              onChange={setDeputy}
            >
              {member.deputyCandidates.map((candidate) => (
                <Select.Option key={candidate.appointmentId} value={candidate.appointmentId}>
                  {candidate.name}
                  {candidate.deputyRank ? ` (${t('notice.attendance.rank', { rank: candidate.deputyRank })})` : ''}
                </Select.Option>
              ))}
            </SelectField>
            <Button type="submit" data-size="sm" loading={calling.loading}>
              {t('notice.attendance.callIn', { name: member.name })}
            </Button>
          </form>
        )}
        {failure.length > 0 && (
          <Alert data-color="danger" role="alert">
            {failure.map((text) => (
              <Paragraph key={text}>{text}</Paragraph>
            ))}
          </Alert>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
