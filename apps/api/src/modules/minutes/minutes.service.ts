import { formatIsoDate, osloDate, osloTime } from '@helsefellesskap/calendar';
import type { Clock } from '../../common/clock.js';
import { badUserInput, conflict, forbidden, notFound } from '../../common/errors.js';
import type { InTransaction, Repositories } from '../../database/repositories.js';
import { renderMinutesPdf } from '../../documents/minutes.pdf.js';
import { PUBLIC_CALLER, SYSTEM_CALLER, type Caller } from '../auth/caller.js';
import { authorize } from '../auth/policy.js';
import { mayReadCaseContent } from '../case/case.policy.js';
import { MinutesCorrectionEntity, MinutesEntity, MinutesObjectionEntity } from '../decision/decision.entity.js';
import { enqueue } from '../mail/outbox.js';
import type { MeetingRow } from '../meeting-notice/meeting-notice.repository.js';
import { draftMinutesText } from './minutes.draft.js';
import { minutesFilename, minutesPdfPath, minutesPdfView } from './minutes-pdf.js';
import { mayObjectToMinutes, mayReadInternalMinutes, mayReadMinutes, mayWriteMinutes } from './minutes.policy.js';
import type { CorrectionRow, MeetingMinutesRulesRow, MinutesRow, ObjectionRow } from './minutes.repository.js';
import {
  mayEditBody,
  maySend,
  minutesStatus,
  objectionDeadline,
  objectionOpen,
  publicationDeadline,
  publishedLate,
  untilApproval,
  type MinutesStatus,
} from './minutes.rules.js';
import type { Minutes } from './minutes.type.js';

/** Everything the minutes of one meeting are shown from: read by the loaders in a constant number of statements. */
export interface MinutesBundle {
  minutes: MinutesRow;
  rules: MeetingMinutesRulesRow;
  objections: readonly ObjectionRow[];
  corrections: readonly CorrectionRow[];
  /** The e-mails of the meeting's participants (for who may object). */
  participantEmails: readonly string[];
}

/**
 * A meeting's minutes (ADR 0028): the secretariat drafts them from the meeting, edits and sends them to the
 * participants through the outbox; they are approved by silence when the organ's objection period passes
 * without objection (computed from the clock, no job); an objection holds them until the secretariat
 * resolves it and sends them again; approved minutes are published, and corrected only by a new record.
 * Every write locks the meeting's row and records its audit event in the same transaction.
 */
export class MinutesService {
  constructor(
    private readonly repositories: Repositories,
    private readonly inTransaction: InTransaction,
    private readonly clock: Clock,
  ) {}

  /** The minutes as the caller may see them; null when there are none, or none the caller may read. */
  view(caller: Caller, bundle: MinutesBundle): Minutes | null {
    const { minutes, rules } = bundle;
    const now = this.clock.now();
    const status = statusOf(bundle, now);
    const meeting = { communityId: rules.communityId, isOpen: rules.isOpen };
    if (!mayReadMinutes(caller, meeting, status.state === 'PUBLISHED')) return null;
    const internal = mayReadInternalMinutes(caller, rules.communityId);
    const writes = mayWriteMinutes(caller, rules.communityId);
    const deadline = publicationDeadline(rules.meetingDate, rules.protocolDeadlineDays);
    return {
      meetingId: minutes.meetingId,
      state: status.state,
      body: minutes.body,
      version: minutes.version,
      sentAt: minutes.sentAt,
      objectionDeadline: status.objectionDeadline,
      untilApproval: untilApproval(status, now),
      approvedOn: status.approvedOn,
      approvedBySilence: status.approvedBySilence,
      publishedAt: minutes.publishedAt,
      publicationDeadline: deadline,
      publishedLate: publishedLate(minutes.publishedAt, deadline),
      objections: internal ? bundle.objections.map((objection) => ({ ...objection })) : [],
      corrections: bundle.corrections.map((correction) => ({ ...correction })),
      pdfUrl: minutesPdfPath(minutes.meetingId),
      canEdit: writes && mayEditBody(status),
      canSend: writes && maySend(status),
      canPublish: writes && status.state === 'APPROVED',
      canObject: objectionOpen(status, now) && mayObjectToMinutes(caller, rules.communityId, bundle.participantEmails),
      canResolveObjections: writes,
      canCorrect: writes && (status.state === 'APPROVED' || status.state === 'PUBLISHED'),
    };
  }

  /** The minutes of one meeting as the caller sees them, read afresh (after a write). */
  async read(caller: Caller, meetingId: string, repositories: Repositories = this.repositories): Promise<Minutes | null> {
    const bundle = await readBundle(repositories, meetingId);
    return bundle ? this.view(caller, bundle) : null;
  }

  /**
   * The minutes as an archival PDF, as the caller may read them (the minutes policy: the community at any
   * state; others only an open meeting's published minutes), built from the meeting's records in a constant
   * number of statements. Not found when there are none the caller may read.
   */
  async pdf(caller: Caller, meetingId: string): Promise<{ filename: string; content: Buffer }> {
    const repositories = this.repositories;
    const meeting = await repositories.meetingNotices.readMeeting(meetingId);
    if (!meeting) throw notFound('meeting', meetingId);
    const [minutes] = await repositories.minutes.readMinutes([meetingId]);
    if (!minutes) throw notFound('minutes', meetingId);
    const [rules] = await repositories.minutes.readRules([meetingId]);
    const objections = await repositories.minutes.readObjections([meetingId]);
    if (!rules) throw notFound('minutes', meetingId);
    const status = statusOf({ minutes, rules, objections }, this.clock.now());
    if (!mayReadMinutes(caller, meeting, status.state === 'PUBLISHED')) throw notFound('minutes', meetingId);
    const meetingDate = osloDate(meeting.startsAt);
    const corrections = await repositories.minutes.readCorrections([meetingId]);
    const attendance = await repositories.decisions.readAttendance([meetingId]);
    const holders = await repositories.meetingNotices.readHoldersOn(meeting.organId, meetingDate);
    const agenda = await repositories.meetingNotices.readAgendas([meetingId]);
    const decisions = (await repositories.decisions.readByMeetings([meetingId])).filter((decision) => decision.current);
    const votes = await repositories.decisions.readVotes(decisions.map((decision) => decision.id));
    const view = minutesPdfView(caller, {
      meeting,
      text: minutes.body,
      status,
      sentAt: minutes.sentAt,
      hadObjections: objections.length > 0,
      corrections,
      attendance,
      holders,
      agenda,
      decisions,
      votes,
    });
    return { filename: minutesFilename(meeting.organName, meetingDate), content: await renderMinutesPdf(view) };
  }

  /** Drafts the minutes from the held meeting: attendance, agenda, decisions and split votes, as text to edit. */
  draft(caller: Caller, meetingId: string): Promise<Minutes> {
    return this.write(caller, meetingId, async (repositories, meeting) => {
      if (meeting.state !== 'HELD') {
        throw conflict('MEETING_NOT_HELD', { state: meeting.state }, `The meeting is ${meeting.state.toLowerCase()}.`, 'meetingId');
      }
      if (await repositories.minutes.lockMinutes(meetingId)) {
        throw conflict('MINUTES_ALREADY_DRAFTED', {}, 'The meeting has minutes already.', 'meetingId');
      }
      const attendance = await repositories.minutes.readAttendance(meetingId);
      const agenda = await repositories.meetingNotices.readAgendas([meetingId]);
      const decisions = await repositories.minutes.readDecisions([meetingId]);
      const body = draftMinutesText({
        organName: meeting.organName,
        meetingDate: osloDate(meeting.startsAt),
        startsAt: meeting.startsAt,
        place: meeting.place,
        attendance,
        agenda: agenda.map((row) => {
          // What the public may read of the case decides what the draft carries: the minutes are published.
          const readable = mayReadCaseContent(PUBLIC_CALLER, row);
          const decision = decisions.find((candidate) => candidate.caseId === row.caseId) ?? null;
          return {
            reference: row.reference,
            publicTitle: readable ? row.title : row.publicTitle,
            exemptionBasis: readable ? null : (row.exemptionBasis ?? 'unntatt'),
            decision: decision
              ? { kind: decision.kind, text: decision.text, votes: decision.votes, postponedToDate: decision.postponedToDate }
              : null,
          };
        }),
      });
      const minutes = Object.assign(new MinutesEntity(), {
        meetingId,
        communityId: meeting.communityId,
        body,
        sentAt: null,
        sentBy: null,
        approvedOn: null,
        approvedBySilence: null,
        publishedAt: null,
        version: 1,
      });
      await repositories.minutes.insertMinutes(minutes);
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'Minutes',
        entityId: meetingId,
        communityId: meeting.communityId,
        after: { meetingId, body },
      });
    });
  }

  /** Replaces the text: a draft, or minutes being re-drafted after an objection; never sent or approved ones. */
  update(caller: Caller, input: { meetingId: string; body: string; expectedVersion: number }): Promise<Minutes> {
    return this.write(caller, input.meetingId, async (repositories, meeting) => {
      const bundle = await lockedBundle(repositories, input.meetingId);
      const status = statusOf(bundle, this.clock.now());
      if (!mayEditBody(status)) {
        throw conflict('MINUTES_NOT_EDITABLE', { state: status.state }, `The minutes are ${status.state.toLowerCase()}.`, 'body');
      }
      if (!(await repositories.minutes.updateBody(input.meetingId, input.body, input.expectedVersion))) {
        throw conflict('CONCURRENT_CHANGE', {}, 'The minutes were changed by someone else; reload them.', 'expectedVersion');
      }
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Minutes',
        entityId: input.meetingId,
        communityId: meeting.communityId,
        before: { body: bundle.minutes.body, version: bundle.minutes.version },
        after: { body: input.body, version: bundle.minutes.version + 1 },
      });
    });
  }

  /**
   * Sends the minutes to the participants (e-mail through the outbox, in this transaction) and starts the
   * objection period: a draft, or minutes whose objections are all resolved (a new period, ADR 0028).
   */
  send(caller: Caller, meetingId: string): Promise<Minutes> {
    return this.write(caller, meetingId, async (repositories, meeting) => {
      const bundle = await lockedBundle(repositories, meetingId);
      const now = this.clock.now();
      const status = statusOf(bundle, now);
      if (!maySend(status)) {
        throw conflict(
          'MINUTES_NOT_SENDABLE',
          { state: status.state, unresolved: status.unresolvedObjections },
          `The minutes are ${status.state.toLowerCase()} with ${status.unresolvedObjections} unresolved objections.`,
          'meetingId',
        );
      }
      const participants = await repositories.minutes.readParticipants([meetingId]);
      const addressed = [...new Set(participants.flatMap((participant) => (participant.email ? [participant.email] : [])))];
      if (addressed.length === 0) throw badUserInput('meetingId', 'NO_MINUTES_RECIPIENTS', {}, 'no participant has an e-mail address');
      const deadline = objectionDeadline(now, bundle.rules.minutesObjectionPeriodDays);
      const meetingDate = osloDate(meeting.startsAt);
      const subject = `Protokoll til godkjenning: ${meeting.organName} ${formatIsoDate(meetingDate, 'nb-NO')}`;
      const until = `${formatIsoDate(osloDate(deadline), 'nb-NO')} kl. ${osloTime(deadline)}`;
      const text = [
        `Protokollen fra møtet i ${meeting.organName} ${formatIsoDate(meetingDate, 'nb-NO')} følger nedenfor.`,
        `Merknader sendes sekretariatet innen ${until}. Protokollen regnes som godkjent dersom ingen har merknader innen fristen.`,
        '',
        bundle.minutes.body,
      ].join('\n');
      for (const to of addressed) await enqueue(repositories, { to, subject, text });
      await repositories.minutes.markSent(meetingId, now, actorUserId(caller));
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Minutes',
        entityId: meetingId,
        communityId: meeting.communityId,
        before: { state: status.state },
        after: { state: 'SENT', sentAt: now, recipients: participants.map((participant) => participant.name) },
      });
    });
  }

  /** A participant's objection (or one the secretariat received by e-mail), before the deadline. */
  raiseObjection(caller: Caller, input: { meetingId: string; text: string }): Promise<Minutes> {
    return this.write(
      caller,
      input.meetingId,
      async (repositories, meeting) => {
        const bundle = await lockedBundle(repositories, input.meetingId);
        const now = this.clock.now();
        const status = statusOf(bundle, now);
        if (!mayObjectToMinutes(caller, meeting.communityId, bundle.participantEmails)) {
          throw forbidden('NOT_A_PARTICIPANT', {}, 'Only a participant of the meeting (or the secretariat) may object to its minutes.');
        }
        if (!objectionOpen(status, now)) {
          throw conflict(
            'OBJECTION_PERIOD_OVER',
            { state: status.state, deadline: status.objectionDeadline ? osloDate(status.objectionDeadline) : null },
            'The minutes do not take objections now.',
            'meetingId',
          );
        }
        const objection = await repositories.minutes.insertObjection(
          Object.assign(new MinutesObjectionEntity(), {
            communityId: meeting.communityId,
            meetingId: input.meetingId,
            text: input.text.trim(),
            raisedAt: now,
            raisedBy: actorUserId(caller),
            resolvedAt: null,
            resolvedBy: null,
            resolution: null,
          }),
        );
        await repositories.audit.record(caller, {
          action: 'CREATE',
          entityType: 'MinutesObjection',
          entityId: objection.id,
          communityId: meeting.communityId,
          after: objection,
        });
      },
      'community:read-internal',
    );
  }

  /** The secretariat resolves an objection; once all are, the minutes can be sent again. */
  async resolveObjection(caller: Caller, input: { objectionId: string; resolution: string }): Promise<Minutes> {
    const found = await this.repositories.minutes.findObjection(input.objectionId);
    if (!found) throw notFound('minutesObjection', input.objectionId);
    // The write below authorises the caller on the objection's meeting before anything is changed or shown.
    return this.write(caller, found.meetingId, async (repositories, meeting) => {
      await lockedBundle(repositories, found.meetingId);
      if (
        !(await repositories.minutes.resolveObjection(input.objectionId, input.resolution.trim(), this.clock.now(), actorUserId(caller)))
      ) {
        throw conflict('OBJECTION_ALREADY_RESOLVED', {}, 'The objection is resolved already.', 'objectionId');
      }
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'MinutesObjection',
        entityId: input.objectionId,
        communityId: meeting.communityId,
        before: { resolution: null },
        after: { resolution: input.resolution.trim() },
      });
    });
  }

  /** Publishes approved minutes (the approval the clock computed is stored with it); late publication is a breach. */
  publish(caller: Caller, meetingId: string): Promise<Minutes> {
    return this.write(caller, meetingId, async (repositories, meeting) => {
      const bundle = await lockedBundle(repositories, meetingId);
      const now = this.clock.now();
      const status = statusOf(bundle, now);
      if (status.state === 'PUBLISHED') throw conflict('MINUTES_ALREADY_PUBLISHED', {}, 'The minutes are published already.', 'meetingId');
      if (status.state !== 'APPROVED' || status.approvedOn === null) {
        throw conflict('MINUTES_NOT_APPROVED', { state: status.state }, `The minutes are ${status.state.toLowerCase()}.`, 'meetingId');
      }
      await repositories.minutes.storeApproval(meetingId, status.approvedOn, status.approvedBySilence ?? true);
      await repositories.minutes.markPublished(meetingId, now);
      await repositories.audit.record(caller, {
        action: 'UPDATE',
        entityType: 'Minutes',
        entityId: meetingId,
        communityId: meeting.communityId,
        before: { state: status.state },
        after: { state: 'PUBLISHED', approvedOn: status.approvedOn, approvedBySilence: status.approvedBySilence, publishedAt: now },
      });
    });
  }

  /** Corrects approved minutes: a new record with the reason; the approved text stays unchanged. */
  correct(caller: Caller, input: { meetingId: string; reason: string; text: string }): Promise<Minutes> {
    return this.write(caller, input.meetingId, async (repositories, meeting) => {
      const bundle = await lockedBundle(repositories, input.meetingId);
      const status = statusOf(bundle, this.clock.now());
      if ((status.state !== 'APPROVED' && status.state !== 'PUBLISHED') || status.approvedOn === null) {
        throw conflict('MINUTES_NOT_APPROVED', { state: status.state }, `The minutes are ${status.state.toLowerCase()}.`, 'meetingId');
      }
      await repositories.minutes.storeApproval(input.meetingId, status.approvedOn, status.approvedBySilence ?? true);
      const correction = await repositories.minutes.insertCorrection(
        Object.assign(new MinutesCorrectionEntity(), {
          communityId: meeting.communityId,
          meetingId: input.meetingId,
          text: input.text.trim(),
          reason: input.reason.trim(),
          recordedAt: this.clock.now(),
          recordedBy: actorUserId(caller),
        }),
      );
      await repositories.audit.record(caller, {
        action: 'CREATE',
        entityType: 'MinutesCorrection',
        entityId: correction.id,
        communityId: meeting.communityId,
        after: correction,
      });
    });
  }

  /**
   * One write to a meeting's minutes: the meeting locked, found and authorised (the secretariat, unless the
   * operation names a wider permission and checks the caller itself), the change, then the minutes re-read
   * in the same transaction.
   */
  private write(
    caller: Caller,
    meetingId: string,
    change: (repositories: Repositories, meeting: MeetingRow) => Promise<void>,
    permission: 'community:administer' | 'community:read-internal' = 'community:administer',
  ): Promise<Minutes> {
    return this.inTransaction(async (repositories) => {
      await repositories.meetingNotices.lockMeeting(meetingId);
      const meeting = await repositories.meetingNotices.readMeeting(meetingId);
      if (!meeting || !mayReadInternalMinutes(caller, meeting.communityId)) {
        if (meeting) authorize(caller, 'community:read-internal', meeting.communityId);
        throw notFound('meeting', meetingId);
      }
      authorize(caller, permission, meeting.communityId);
      await change(repositories, meeting);
      const minutes = await this.read(caller, meetingId, repositories);
      if (!minutes) throw new Error(`Minutes of meeting ${meetingId} vanished in their own transaction.`);
      return minutes;
    });
  }
}

function statusOf(bundle: Pick<MinutesBundle, 'minutes' | 'rules' | 'objections'>, now: Date): MinutesStatus {
  return minutesStatus({ ...bundle.minutes, objections: bundle.objections }, bundle.rules.minutesObjectionPeriodDays, now);
}

/** The minutes of one meeting with everything they are shown from; null when there are none. */
async function readBundle(repositories: Repositories, meetingId: string): Promise<MinutesBundle | null> {
  const [minutes] = await repositories.minutes.readMinutes([meetingId]);
  if (!minutes) return null;
  return completeBundle(repositories, minutes);
}

/** The minutes locked for a write, with what their state is computed from; refused when none are drafted. */
async function lockedBundle(repositories: Repositories, meetingId: string): Promise<MinutesBundle> {
  const minutes = await repositories.minutes.lockMinutes(meetingId);
  if (!minutes) throw conflict('MINUTES_NOT_DRAFTED', {}, 'The meeting has no minutes yet.', 'meetingId');
  return completeBundle(repositories, minutes);
}

async function completeBundle(repositories: Repositories, minutes: MinutesRow): Promise<MinutesBundle> {
  const ids = [minutes.meetingId];
  // One after the other: inside a transaction the statements share one connection.
  const [rules] = await repositories.minutes.readRules(ids);
  const objections = await repositories.minutes.readObjections(ids);
  const corrections = await repositories.minutes.readCorrections(ids);
  const participants = await repositories.minutes.readParticipants(ids);
  if (!rules) throw new Error(`Minutes of meeting ${minutes.meetingId} have no meeting.`);
  return {
    minutes,
    rules,
    objections,
    corrections,
    participantEmails: participants.flatMap((participant) => (participant.email ? [participant.email] : [])),
  };
}

/** The user who acted, as the tables record it: none for the system (demo data), which has no account. */
function actorUserId(caller: Caller): string | null {
  return caller.kind === 'user' && caller.userId !== (SYSTEM_CALLER.kind === 'user' ? SYSTEM_CALLER.userId : null) ? caller.userId : null;
}
