import { osloDate, yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { caseReference } from '../modules/case/case.rules.js';
import { CaseEntity } from '../modules/case/case.entity.js';
import { DecisionEntity, type VoteValue } from '../modules/decision/decision.entity.js';
import { attendanceComposition, checkAttendance, checkVotes, recommendationText } from '../modules/decision/decision.rules.js';
import { storeAttachment } from '../modules/mail/outbox.js';
import { AgendaItemEntity } from '../modules/meeting/meeting.entity.js';
import type { MeetingRow } from '../modules/meeting/meeting.repository.js';
import { MeetingNoticeEntity } from '../modules/meeting-notice/meeting-notice.entity.js';
import { caseSections } from '../modules/meeting-notice/meeting-notice.rules.js';
import { noticeFilename, renderNoticePdf } from '../modules/meeting-notice/notice.pdf.js';
import type { OrganEntity } from '../modules/organ/organ.entity.js';

const COMMUNITY = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
const SSU = 'Strategisk samarbeidsutvalg (SSU)';
const SEED_CASE = 'SSU sak 26/2024';
/** The number of the demo's split-vote case in its year: far above the few the register numbers itself. */
const SPLIT_VOTE_NUMBER = 90;

/**
 * The demo's attendance and decisions (ADR 0027), run after the meetings loader:
 *
 * - the held SSU meeting with SSU sak 26/2024 on its agenda gets its notice (the case sent out with it) and
 *   the case's four points decided by consensus, as recommended;
 * - the latest held SSU meeting of the current term gets its attendance (one municipal member absent, their
 *   personal deputy standing in) and one case decided by a split vote with each member's vote. Before the
 *   term's first SSU meeting is held (early in January of its first year) there is none, and this part waits.
 *
 * Running it again changes nothing (a notice, an attendance or a decision that exists is kept).
 */
export async function loadDemoDecisions(repositories: Repositories, today: string): Promise<void> {
  const community = await repositories.communities.findByName(COMMUNITY);
  const ssu = community ? await repositories.organs.findByName(community.id, SSU) : null;
  if (!community || !ssu) return;
  await decideSeedCase(repositories, ssu);
  await recordSplitVote(repositories, ssu, today);
}

async function decideSeedCase(repositories: Repositories, ssu: OrganEntity): Promise<void> {
  const [record] = await repositories.cases.readByReferences([{ communityId: ssu.communityId, reference: SEED_CASE }]);
  if (!record) return;
  const meetings = await repositories.meetings.readByOrgansInYear([ssu.id], 2024);
  const agendas = await repositories.agenda.readByMeetings(meetings.map((meeting) => meeting.id));
  const item = agendas.find((row) => row.caseId === record.id);
  const meeting = meetings.find((candidate) => candidate.id === item?.meetingId);
  if (!meeting || meeting.state !== 'HELD') return;
  await ensureNotice(repositories, ssu, meeting);
  await ensureDecision(repositories, meeting, record.id, 'CONSENSUS', []);
}

async function recordSplitVote(repositories: Repositories, ssu: OrganEntity, today: string): Promise<void> {
  const meetings = await repositories.meetings.readByOrgansInYear([ssu.id], yearOf(today));
  const held = meetings.filter((meeting) => meeting.state === 'HELD' && osloDate(meeting.startsAt) < today).reverse();
  for (const meeting of held) {
    const composition = attendanceComposition(await repositories.meetingNotices.readHoldersOn(ssu.id, osloDate(meeting.startsAt)));
    const absent = composition.find(
      (holder) =>
        holder.role === 'MEMBER' &&
        holder.seatSide === 'MUNICIPAL' &&
        composition.some((deputy) => deputy.role === 'PERSONAL_DEPUTY' && deputy.deputyForAppointmentId === holder.appointmentId),
    );
    const deputy = composition.find(
      (holder) => holder.role === 'PERSONAL_DEPUTY' && holder.deputyForAppointmentId === absent?.appointmentId,
    );
    if (!absent || !deputy) continue;
    const attendees = checkAttendance(composition, [
      ...composition
        .filter((holder) => holder.role === 'MEMBER' && holder.appointmentId !== absent.appointmentId)
        .map((holder) => ({ appointmentId: holder.appointmentId, standsInForAppointmentId: null })),
      { appointmentId: deputy.appointmentId, standsInForAppointmentId: absent.appointmentId },
      ...composition
        .filter((holder) => holder.role === 'OBSERVER')
        .slice(0, 2)
        .map((holder) => ({ appointmentId: holder.appointmentId, standsInForAppointmentId: null })),
    ]);
    if ((await repositories.decisions.readAttendance([meeting.id])).length === 0) {
      await repositories.decisions.replaceAttendance(
        meeting.id,
        attendees.map((attendee) => ({
          communityId: meeting.communityId,
          meetingId: meeting.id,
          appointmentId: attendee.appointmentId,
          personId: attendee.holder.personId,
          standsInForAppointmentId: attendee.standsInForAppointmentId,
          recordedAt: meeting.startsAt,
          recordedBy: null,
        })),
      );
    }
    const caseId = await ensureSplitVoteCase(repositories, ssu, meeting);
    await ensureNotice(repositories, ssu, meeting);
    // Two hospital members against, one abstaining: the rest for (each vote recorded, the vote not being unanimous).
    const voters = attendees.filter((attendee) => attendee.votes);
    const against = voters.filter((voter) => voter.holder.seatSide === 'HOSPITAL').slice(0, 2);
    const abstaining = voters.find((voter) => voter.holder.seatSide === 'MUNICIPAL' && voter.appointmentId !== deputy.appointmentId);
    const voteOf = (voter: (typeof voters)[number]): VoteValue =>
      against.includes(voter) ? 'NO' : voter === abstaining ? 'ABSTAIN' : 'YES';
    const votes = voters.map((voter) => ({ personId: voter.holder.personId, vote: voteOf(voter) }));
    const rule = await repositories.decisions.readDecisionRuleAt(ssu.id, osloDate(meeting.startsAt));
    await ensureDecision(repositories, meeting, caseId, 'VOTE', checkVotes('VOTE', rule, attendees, votes));
    return;
  }
}

/** The demo's split-vote case of the meeting's year, on the meeting's agenda. */
async function ensureSplitVoteCase(repositories: Repositories, ssu: OrganEntity, meeting: MeetingRow): Promise<string> {
  const year = yearOf(osloDate(meeting.startsAt));
  const reference = caseReference(ssu.kind, SPLIT_VOTE_NUMBER, year);
  const [existing] = await repositories.cases.readByReferences([{ communityId: ssu.communityId, reference }]);
  if (existing) return existing.id;
  await repositories.cases.raiseCounterTo(ssu.id, year, SPLIT_VOTE_NUMBER);
  const created = await repositories.cases.insert(
    Object.assign(new CaseEntity(), {
      communityId: ssu.communityId,
      organId: ssu.id,
      year,
      number: SPLIT_VOTE_NUMBER,
      reference,
      externalReference: null,
      title: 'Felles nattlig ambulanseberedskap i Lofoten (demo)',
      kind: 'DECISION',
      status: 'ON_AGENDA',
      submittedOn: osloDate(new Date(meeting.startsAt.getTime() - 42 * 86_400_000)),
      access: 'PUBLIC',
      exemptionBasis: null,
      publicTitle: null,
      archiveReference: null,
      caseworkers: ['Knut Erik Dahlmo'],
      documentDate: null,
      recommendation: ['SSU anbefaler at partnerne etablerer en felles nattlig ambulanseberedskap i Lofoten fra neste år.'],
      background: 'Et invitert eksempel på en sak der SSU ikke kom fram til enighet og stemte over innstillingen (demo).',
      municipalAssessment: '',
      hospitalAssessment: '',
    }),
  );
  const items = await repositories.agenda.findItems(meeting.id);
  await repositories.agenda.saveItem(
    Object.assign(new AgendaItemEntity(), {
      meetingId: meeting.id,
      caseId: created.id,
      position: items.length + 1,
      lateExceptionReason: null,
      lateExceptionRecordedBy: null,
      lateExceptionRecordedAt: null,
    }),
  );
  return created.id;
}

/** The held meeting's notice as it went out two weeks before, with the cases on its agenda sent out. */
async function ensureNotice(repositories: Repositories, ssu: OrganEntity, meeting: MeetingRow): Promise<void> {
  if (await repositories.meetingNotices.findNotice(meeting.id)) return;
  const community = await repositories.communities.findById(meeting.communityId);
  const agenda = await repositories.meetingNotices.readAgendas([meeting.id]);
  const contents = await repositories.cases.findByIds(agenda.map((row) => row.caseId));
  const sentAt = meeting.noticeSentAt ?? new Date(meeting.startsAt.getTime() - 14 * 86_400_000);
  const content = await renderNoticePdf({
    communityName: community?.name ?? '',
    organName: ssu.name,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    isOpen: meeting.isOpen,
    issuedOn: osloDate(sentAt),
    recipients: [],
    agenda: agenda.map((row) => {
      const found = contents.find((candidate) => candidate.id === row.caseId);
      return {
        position: row.position,
        reference: row.reference,
        title: row.access === 'PUBLIC' ? row.title : row.publicTitle,
        kind: row.kind,
        exemptionBasis: row.access === 'PUBLIC' ? null : row.exemptionBasis,
        sections: found && row.access === 'PUBLIC' ? caseSections(found) : [],
        attachments: [],
      };
    }),
  });
  const documentId = await storeAttachment(repositories, {
    filename: noticeFilename(ssu.name, osloDate(meeting.startsAt)),
    contentType: 'application/pdf',
    content,
  });
  await repositories.meetingNotices.insertNotice(
    Object.assign(new MeetingNoticeEntity(), {
      meetingId: meeting.id,
      communityId: meeting.communityId,
      sentAt,
      sentBy: null,
      documentId,
      recipientCount: 0,
    }),
    agenda.map((row) => row.caseId),
  );
}

/** The case's decision at the meeting, from its recommendation as it stands; the case DECIDED. */
async function ensureDecision(
  repositories: Repositories,
  meeting: MeetingRow,
  caseId: string,
  kind: 'CONSENSUS' | 'VOTE',
  votes: readonly { personId: string; appointmentId: string; vote: VoteValue }[],
): Promise<void> {
  if (await repositories.decisions.findCurrentDecision(meeting.id, caseId)) return;
  const record = await repositories.decisions.findCaseToDecide(meeting.id, caseId);
  if (!record?.sentOut) return;
  await repositories.decisions.insertDecision(
    Object.assign(new DecisionEntity(), {
      communityId: meeting.communityId,
      organId: meeting.organId,
      meetingId: meeting.id,
      caseId,
      kind,
      text: recommendationText(record.recommendation),
      recommendation: record.recommendation,
      decidedOn: osloDate(meeting.startsAt),
      postponedToMeetingId: null,
      correctsDecisionId: null,
      correctionReason: null,
      recordedAt: meeting.endsAt ?? meeting.startsAt,
      recordedBy: null,
    }),
    votes.map(({ personId, appointmentId, vote }) => ({ personId, appointmentId, vote })),
  );
  await repositories.decisions.setCaseStatus(caseId, 'DECIDED');
}
