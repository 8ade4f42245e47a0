import { osloDate } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, forbidden, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { meetingWhen } from '../../documents/meeting-when.js';
import { PUBLIC_CALLER, SYSTEM_CALLER, type Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { mayReadAttachmentContent, mayReadCaseContent, visibleCaseTitle } from '../case/case.policy.js';
import type { AttachmentRow, CaseRow } from '../case/case.repository.js';
import { enqueue, storeAttachment } from '../mail/outbox.js';
import { MeetingAbsenceEntity, MeetingNoticeEntity } from './meeting-notice.entity.js';
import { mayHandleNotice, mayReadAttendance, mayReportAbsence } from './meeting-notice.policy.js';
import type { AgendaCaseRow, MeetingRow } from './meeting-notice.repository.js';
import {
  caseSections,
  deputyCandidates,
  NOTICE_ATTACHMENTS_MAX_BYTES,
  isAbsenceHolder,
  isNoticeLate,
  noticeRecipients,
  noticeWindow,
  type Holder,
  type NoticeRecipient,
  type NoticeWindow,
} from './meeting-notice.rules.js';
import { noticeFilename, renderNoticePdf, type NoticeAgendaItem } from './notice.pdf.js';
import type { CalledMember, MeetingAttendancePlan, NoticePreview } from './meeting-notice.type.js';

const ROLE_LABELS: Record<string, string> = {
  MEMBER: 'medlem',
  CHAIR: 'leder',
  VICE_CHAIR: 'nestleder',
  PERSONAL_DEPUTY: 'personlig vara',
  DEPUTY: 'vara',
  OBSERVER: 'observatør',
};

/** Everything a notice is made of, read in a constant number of statements. */
interface NoticeMaterial {
  meeting: MeetingRow;
  meetingDate: string;
  window: NoticeWindow & { late: boolean };
  recipients: NoticeRecipient[];
  agenda: (NoticeAgendaItem & { caseId: string })[];
  /** The agenda cases' public attachments, in agenda order: the notice's e-mail carries them (without their bytes here). */
  files: AttachmentRow[];
  subject: string;
  text: string;
}

/**
 * The meeting's notice (innkalling) and attendance (ADR 0025): the secretariat previews and sends the
 * notice, agenda and papers as one PDF to everyone called on the meeting date, through the outbox, in the
 * transaction that marks the meeting NOTICE_SENT; members report absence and the secretariat calls in a deputy.
 */
export class MeetingNoticeService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  /** The notice as it would go out today (or as it stands once sent). */
  async preview(caller: Caller, meetingId: string): Promise<NoticePreview> {
    const meeting = await this.meetingFor(caller, this.repositories, meetingId);
    authorize(caller, 'community:administer', meeting.communityId);
    const material = await this.material(this.repositories, meeting);
    const [sent] = await this.repositories.meetingNotices.readNotices([meetingId]);
    return {
      meetingId,
      meetingDate: material.meetingDate,
      window: material.window,
      subject: material.subject,
      text: material.text,
      pdfUrl: `/api/meetings/${meetingId}/notice.pdf`,
      recipients: material.recipients,
      agenda: material.agenda.map(({ position, caseId, reference, title, exemptionBasis }) => ({
        position,
        caseId,
        reference,
        title,
        exemptionBasis,
      })),
      sent: sent ? { sentAt: sent.sentAt, recipientCount: sent.recipientCount } : null,
    };
  }

  /** The notice PDF: as sent, or as it would be sent today (the secretariat). */
  async pdf(caller: Caller, meetingId: string): Promise<{ filename: string; content: Buffer }> {
    const meeting = await this.meetingFor(caller, this.repositories, meetingId);
    authorize(caller, 'community:administer', meeting.communityId);
    const sent = await this.repositories.meetingNotices.readNoticeDocument(meetingId);
    if (sent) return sent;
    const material = await this.material(this.repositories, meeting);
    return { filename: noticeFilename(meeting.organName, material.meetingDate), content: await this.render(material) };
  }

  /**
   * Sends the notice: refused when it is too late by the organ's rules on the meeting date, or when the
   * meeting is not planned. In one transaction: the meeting NOTICE_SENT, the notice and the cases sent out
   * with it, one outbox message per recipient carrying the one stored PDF, and the audit event.
   */
  send(caller: Caller, meetingId: string): Promise<NoticePreview> {
    return this.inTransaction(async (repositories) => {
      await repositories.meetingNotices.lockMeeting(meetingId);
      const meeting = await this.meetingFor(caller, repositories, meetingId);
      authorize(caller, 'community:administer', meeting.communityId);
      if (meeting.state === 'NOTICE_SENT' || (await repositories.meetingNotices.findNotice(meetingId))) {
        throw conflict('NOTICE_ALREADY_SENT', {}, 'The notice of this meeting has been sent already.');
      }
      if (meeting.state !== 'PLANNED') {
        throw conflict('MEETING_NOT_OPEN_FOR_NOTICE', { state: meeting.state }, `The meeting is ${meeting.state.toLowerCase()}.`);
      }
      const material = await this.material(repositories, meeting);
      if (material.window.late && material.window.latestOn !== null && material.window.requiredDays !== null) {
        throw badUserInput(
          'meetingId',
          'NOTICE_TOO_LATE',
          { latestOn: material.window.latestOn, requiredDays: material.window.requiredDays },
          `the notice must go out at least ${material.window.requiredDays} days before the meeting, by ${material.window.latestOn}`,
        );
      }
      const addressed = material.recipients.filter((recipient) => recipient.email);
      if (addressed.length === 0)
        throw badUserInput('meetingId', 'NO_NOTICE_RECIPIENTS', {}, 'nobody called to the meeting has an e-mail address');
      const totalBytes = material.files.reduce((sum, file) => sum + file.sizeBytes, 0);
      if (totalBytes > NOTICE_ATTACHMENTS_MAX_BYTES) {
        throw badUserInput(
          'meetingId',
          'NOTICE_ATTACHMENTS_TOO_LARGE',
          { totalBytes, maxBytes: NOTICE_ATTACHMENTS_MAX_BYTES },
          `the agenda's case attachments add up to ${totalBytes} bytes; a notice carries at most ${NOTICE_ATTACHMENTS_MAX_BYTES}`,
        );
      }
      const sentAt = this.clock.now();
      const documentId = await storeAttachment(repositories, {
        filename: noticeFilename(meeting.organName, material.meetingDate),
        contentType: 'application/pdf',
        content: await this.render(material),
      });
      // Each case file is stored once in the outbox and carried by every recipient's message.
      const fileIds: string[] = [];
      for (const file of material.files) {
        const content = await repositories.cases.readAttachmentContent(file.id);
        if (!content) throw conflict('CONCURRENT_CHANGE', {}, 'A case attachment was removed while the notice was being sent.');
        fileIds.push(await storeAttachment(repositories, { filename: file.fileName, contentType: file.contentType, content }));
      }
      for (const recipient of addressed) {
        await enqueue(repositories, {
          to: recipient.email ?? '',
          subject: material.subject,
          text: material.text,
          attachmentIds: [documentId, ...fileIds],
        });
      }
      const notice = Object.assign(new MeetingNoticeEntity(), {
        meetingId,
        communityId: meeting.communityId,
        sentAt,
        sentBy: actorUserId(caller),
        documentId,
        recipientCount: addressed.length,
      });
      await repositories.meetingNotices.insertNotice(
        notice,
        material.agenda.map((item) => item.caseId),
      );
      if (!(await repositories.meetingNotices.markNoticeSent(meetingId, sentAt))) {
        throw conflict('CONCURRENT_CHANGE', {}, 'The meeting changed while the notice was being sent.');
      }
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'MeetingNotice',
        entityId: meetingId,
        communityId: meeting.communityId,
        after: {
          ...notice,
          recipients: addressed.map((recipient) => recipient.name),
          cases: material.agenda.map((item) => item.reference),
          attachments: material.files.map((file) => file.id),
        },
      });
      return {
        meetingId,
        meetingDate: material.meetingDate,
        window: material.window,
        subject: material.subject,
        text: material.text,
        pdfUrl: `/api/meetings/${meetingId}/notice.pdf`,
        recipients: material.recipients,
        agenda: material.agenda.map(({ position, caseId, reference, title, exemptionBasis }) => ({
          position,
          caseId,
          reference,
          title,
          exemptionBasis,
        })),
        sent: { sentAt, recipientCount: addressed.length },
      };
    });
  }

  /** Who is called: the members on the meeting date, their absences and the deputies who may stand in. */
  async attendance(caller: Caller, meetingId: string): Promise<MeetingAttendancePlan> {
    const meeting = await this.meetingFor(caller, this.repositories, meetingId);
    authorize(caller, 'community:read-internal', meeting.communityId);
    const meetingDate = osloDate(meeting.startsAt);
    const holders = await this.repositories.meetingNotices.readHoldersOn(meeting.organId, meetingDate);
    const absences = await this.repositories.meetingNotices.readAbsences(meetingId);
    const called = new Set(absences.flatMap((absence) => (absence.deputyAppointmentId ? [absence.deputyAppointmentId] : [])));
    const members: CalledMember[] = holders.filter(isAbsenceHolder).map((member) => ({
      appointmentId: member.appointmentId,
      personId: member.personId,
      name: member.name,
      seatLabel: member.seatLabel,
      absence: absences.find((absence) => absence.memberAppointmentId === member.appointmentId) ?? null,
      deputyCandidates: deputyCandidates(member, holders, called).map((deputy) => ({
        appointmentId: deputy.appointmentId,
        name: deputy.name,
        role: deputy.role,
        deputyRank: deputy.deputyRank,
      })),
      mayReport: mayReportAbsence(caller, meeting.communityId, member.email),
    }));
    return { meetingId, members, mayCallInDeputies: mayHandleNotice(caller, meeting.communityId) };
  }

  /** A member reports absence (forfall) from a coming meeting: the member themselves, or the secretariat for them. */
  reportAbsence(
    caller: Caller,
    input: { meetingId: string; memberAppointmentId: string; reason?: string | null },
  ): Promise<MeetingAttendancePlan> {
    return this.inTransaction(async (repositories) => {
      await repositories.meetingNotices.lockMeeting(input.meetingId);
      const meeting = await this.meetingFor(caller, repositories, input.meetingId);
      authorize(caller, 'community:read-internal', meeting.communityId);
      assertComing(meeting);
      const member = await memberOn(repositories, meeting, input.memberAppointmentId);
      if (!mayReportAbsence(caller, meeting.communityId, member.email)) {
        throw forbidden('NOT_OWN_ABSENCE', {}, 'You can only report your own absence; the secretariat reports it for others.');
      }
      if (await repositories.meetingNotices.findAbsenceOf(meeting.id, member.appointmentId)) {
        throw conflict('ABSENCE_ALREADY_REPORTED', {}, 'Absence is already reported for this member.', 'memberAppointmentId');
      }
      const absence = await repositories.meetingNotices.saveAbsence(
        Object.assign(new MeetingAbsenceEntity(), {
          communityId: meeting.communityId,
          meetingId: meeting.id,
          memberAppointmentId: member.appointmentId,
          reason: input.reason?.trim() || null,
          reportedAt: this.clock.now(),
          reportedBy: actorUserId(caller),
          deputyAppointmentId: null,
          deputyCalledAt: null,
          deputyCalledBy: null,
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'MeetingAbsence',
        entityId: absence.id,
        communityId: meeting.communityId,
        after: absence,
      });
      return absence;
    }).then(() => this.attendance(caller, input.meetingId));
  }

  /** Withdraws a reported absence (the member can come after all); a deputy called in is released. */
  withdrawAbsence(caller: Caller, absenceId: string): Promise<MeetingAttendancePlan> {
    return this.inTransaction(async (repositories) => {
      const absence = await repositories.meetingNotices.findAbsence(absenceId);
      if (!absence) throw notFound('meetingAbsence', absenceId);
      await repositories.meetingNotices.lockMeeting(absence.meetingId);
      const meeting = await this.meetingFor(caller, repositories, absence.meetingId);
      authorize(caller, 'community:read-internal', meeting.communityId);
      assertComing(meeting);
      const member = await memberOn(repositories, meeting, absence.memberAppointmentId);
      if (!mayReportAbsence(caller, meeting.communityId, member.email)) {
        throw forbidden('NOT_OWN_ABSENCE', {}, 'You can only withdraw your own absence; the secretariat does it for others.');
      }
      await repositories.meetingNotices.deleteAbsence(absenceId);
      await repositories.audit.record(caller, {
        action: 'DELETE',
        entityType: 'MeetingAbsence',
        entityId: absenceId,
        communityId: meeting.communityId,
        before: absence,
      });
      return meeting.id;
    }).then((meetingId) => this.attendance(caller, meetingId));
  }

  /**
   * The secretariat calls in a deputy for an absent member: the member's personal deputy, or one from the
   * hospital's list; a deputy stands in for one member at a time (PostgreSQL refuses a second). The deputy
   * gets an e-mail, with the notice PDF and the case files the notice carried when it has been sent.
   */
  callInDeputy(caller: Caller, input: { absenceId: string; deputyAppointmentId: string }): Promise<MeetingAttendancePlan> {
    return this.inTransaction(async (repositories) => {
      const absence = await repositories.meetingNotices.findAbsence(input.absenceId);
      if (!absence) throw notFound('meetingAbsence', input.absenceId);
      await repositories.meetingNotices.lockMeeting(absence.meetingId);
      const meeting = await this.meetingFor(caller, repositories, absence.meetingId);
      authorize(caller, 'community:administer', meeting.communityId);
      assertComing(meeting);
      const meetingDate = osloDate(meeting.startsAt);
      const holders = await repositories.meetingNotices.readHoldersOn(meeting.organId, meetingDate);
      const member = holders.find((holder) => holder.appointmentId === absence.memberAppointmentId && isAbsenceHolder(holder));
      if (!member) throw badUserInput('absenceId', 'NOT_CALLED_TO_MEETING', {}, 'the absent member is not a member on the meeting date');
      const others = await repositories.meetingNotices.readAbsences(meeting.id);
      const called = new Set(
        others.flatMap((other) => (other.deputyAppointmentId && other.id !== absence.id ? [other.deputyAppointmentId] : [])),
      );
      if (called.has(input.deputyAppointmentId)) {
        throw conflict('DEPUTY_ALREADY_CALLED_IN', {}, 'The deputy is already called in for another member.', 'deputyAppointmentId');
      }
      const deputy = deputyCandidates(member, holders, called).find((candidate) => candidate.appointmentId === input.deputyAppointmentId);
      if (!deputy)
        throw badUserInput('deputyAppointmentId', 'DEPUTY_NOT_ELIGIBLE', {}, 'cannot stand in for this member on the meeting date');
      const before = { ...absence };
      absence.deputyAppointmentId = deputy.appointmentId;
      absence.deputyCalledAt = this.clock.now();
      absence.deputyCalledBy = actorUserId(caller);
      await repositories.meetingNotices.saveAbsence(absence);
      if (deputy.email) {
        const notice = await repositories.meetingNotices.findNotice(meeting.id);
        await enqueue(repositories, {
          to: deputy.email,
          subject: `Innkalling som vara: ${meeting.organName} ${meetingWhen(meeting.startsAt, meeting.endsAt)}`,
          text: [
            `Hei ${deputy.name},`,
            `${member.name} (${member.seatLabel}) har meldt forfall til møtet i ${meeting.organName} ${meetingWhen(meeting.startsAt, meeting.endsAt)}, og du innkalles som vara.`,
            meeting.place ? `Sted: ${meeting.place}` : null,
            meeting.videoUrl ? `Video: ${meeting.videoUrl}` : null,
            notice ? 'Innkalling, saksliste og sakspapirer ligger ved som PDF.' : 'Innkalling med saksliste og sakspapirer kommer.',
            `Hilsen sekretariatet, ${meeting.communityName}`,
          ]
            .filter((line) => line !== null)
            .join('\n\n'),
          attachmentIds: notice ? await repositories.meetingNotices.readNoticeAttachmentIds(notice.documentId) : [],
        });
      }
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'MeetingAbsence',
        entityId: absence.id,
        communityId: meeting.communityId,
        before,
        after: absence,
      });
      return meeting.id;
    }).then((meetingId) => this.attendance(caller, meetingId));
  }

  /** The meeting, or not found when it does not exist or the caller may not know of it. */
  private async meetingFor(caller: Caller, repositories: Repositories, meetingId: string): Promise<MeetingRow> {
    const meeting = await repositories.meetingNotices.readMeeting(meetingId);
    if (!meeting || !(meeting.isOpen || mayReadAttendance(caller, meeting.communityId))) throw notFound('meeting', meetingId);
    return meeting;
  }

  private async material(repositories: Repositories, meeting: MeetingRow): Promise<NoticeMaterial> {
    const meetingDate = osloDate(meeting.startsAt);
    const today = this.clock.today();
    const rules = await repositories.meetingNotices.readNoticeRulesAt(meeting.organId, meetingDate);
    const window = noticeWindow(meetingDate, meeting.kind, rules);
    const holders = await repositories.meetingNotices.readHoldersOn(meeting.organId, meetingDate);
    const agendaRows = await repositories.meetingNotices.readAgendas([meeting.id]);
    const caseIds = agendaRows.map((row) => row.caseId);
    const contents = new Map((await repositories.cases.readByIds(caseIds)).map((row) => [row.id, row]));
    const attachmentRows = await repositories.cases.readAttachmentsOfCases(caseIds);
    const agenda = agendaRows.map((row) =>
      noticeItem(
        row,
        contents.get(row.caseId),
        attachmentRows.filter((attachment) => attachment.caseId === row.caseId),
      ),
    );
    const files = agenda.flatMap((item) => item.files);
    const when = meetingWhen(meeting.startsAt, meeting.endsAt);
    const subject = `Innkalling: ${meeting.organName} ${when}`;
    const text = [
      `Innkalling til ${meeting.kind === 'EXTRAORDINARY' ? 'ekstraordinært ' : ''}møte i ${meeting.organName}, ${when}.`,
      meeting.place ? `Sted: ${meeting.place}` : null,
      meeting.videoUrl ? `Video: ${meeting.videoUrl}` : null,
      agenda.length > 0
        ? `Saksliste:\n${agenda.map((item) => `${item.reference} ${item.title ?? 'Unntatt offentlighet'}`).join('\n')}`
        : null,
      `Innkalling, saksliste og sakspapirer ligger ved som PDF${files.length > 0 ? `, sakenes vedlegg som egne filer (${files.length})` : ''}. Forfall meldes sekretariatet så raskt som mulig.`,
      `Hilsen sekretariatet, ${meeting.communityName}`,
    ]
      .filter((line) => line !== null)
      .join('\n\n');
    return {
      meeting,
      meetingDate,
      window: { ...window, late: isNoticeLate(window, today) },
      recipients: noticeRecipients(holders),
      agenda,
      files,
      subject,
      text,
    };
  }

  private render(material: NoticeMaterial): Promise<Buffer> {
    const { meeting } = material;
    return renderNoticePdf({
      communityName: meeting.communityName,
      organName: meeting.organName,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      videoUrl: meeting.videoUrl,
      isOpen: meeting.isOpen,
      issuedOn: this.clock.today(),
      recipients: material.recipients.map((recipient) => ({
        name: recipient.name,
        roleLabels: recipient.roles.map((role) => ROLE_LABELS[role] ?? role),
        seatLabels: recipient.seatLabels,
      })),
      agenda: material.agenda,
    });
  }
}

/**
 * A case as the notice shows it. The notice goes to observers outside the community too, so it carries
 * what the public may read (the case policy for the public decides): a public case's texts and public
 * attachments; an exempt case by reference, legal basis and public title only (ADR 0025).
 */
function noticeItem(
  row: AgendaCaseRow,
  content: CaseRow | undefined,
  attachments: readonly AttachmentRow[],
): NoticeAgendaItem & { caseId: string; files: AttachmentRow[] } {
  const exempt = row.access === 'EXEMPT';
  const readable = content !== undefined && mayReadCaseContent(PUBLIC_CALLER, content);
  const files = readable ? attachments.filter((attachment) => mayReadAttachmentContent(PUBLIC_CALLER, content, attachment)) : [];
  return {
    caseId: row.caseId,
    position: row.position,
    reference: row.reference,
    title: visibleCaseTitle(PUBLIC_CALLER, row),
    kind: row.kind,
    exemptionBasis: exempt ? row.exemptionBasis : null,
    sections: readable ? caseSections(content) : [],
    attachments: files.map((file) => ({ filename: file.fileName })),
    files,
  };
}

function assertComing(meeting: MeetingRow): void {
  if (meeting.state !== 'PLANNED' && meeting.state !== 'NOTICE_SENT') {
    throw conflict('MEETING_NOT_OPEN_FOR_NOTICE', { state: meeting.state }, `The meeting is ${meeting.state.toLowerCase()}.`);
  }
}

async function memberOn(repositories: Repositories, meeting: MeetingRow, appointmentId: string): Promise<Holder> {
  const holders = await repositories.meetingNotices.readHoldersOn(meeting.organId, osloDate(meeting.startsAt));
  const member = holders.find((holder) => holder.appointmentId === appointmentId && isAbsenceHolder(holder));
  if (!member) throw badUserInput('memberAppointmentId', 'NOT_CALLED_TO_MEETING', {}, 'is not a member of the organ on the meeting date');
  return member;
}

/** The user who acted, as the tables record it: none for the system (demo and national data), which has no account. */
function actorUserId(caller: Caller): string | null {
  return caller.kind === 'user' && caller.userId !== (SYSTEM_CALLER.kind === 'user' ? SYSTEM_CALLER.userId : null) ? caller.userId : null;
}
