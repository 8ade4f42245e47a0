import { addDays, osloDate, osloMoment, yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { PUBLIC_CALLER } from '../modules/auth/caller.js';
import { mayReadCaseContent } from '../modules/case/case.policy.js';
import { MinutesEntity } from '../modules/decision/decision.entity.js';
import type { MeetingRow } from '../modules/meeting/meeting.repository.js';
import type { OrganEntity } from '../modules/organ/organ.entity.js';
import { draftMinutesText } from '../modules/minutes/minutes.draft.js';
import { minutesStatus } from '../modules/minutes/minutes.rules.js';

const COMMUNITY = 'Helsefellesskapet Lofoten, Vesterålen, Salten';
/** SSU's minutes are approved by silence after four days; the partnership meeting's (open, no period) as sent, and public. */
const ORGANS = ['Strategisk samarbeidsutvalg (SSU)', 'Partnerskapsmøtet'];
/** How many years back the most recent held meeting is looked for. */
const YEARS_BACK = 3;

/**
 * The minutes of LoVeSa's most recent held SSU meeting and partnership meeting (ADR 0028), drafted from the
 * meeting as the secretariat's draft is, sent to the participants the morning after, approved when the
 * organ's objection period passed without objection (SSU: by silence after four days) and published the next
 * morning; dated from the meeting, so relative to the day loaded. Minutes whose period has not passed by
 * then are left sent and awaiting objections (the countdown shows). Run after the meetings loader; running
 * it again changes nothing.
 */
export async function loadDemoMinutes(repositories: Repositories, now: Date): Promise<void> {
  const community = await repositories.communities.findByName(COMMUNITY);
  if (!community) return;
  for (const name of ORGANS) {
    const organ = await repositories.organs.findByName(community.id, name);
    if (organ) await loadLatestMinutes(repositories, organ, now);
  }
}

async function loadLatestMinutes(repositories: Repositories, organ: OrganEntity, now: Date): Promise<void> {
  const today = osloDate(now);
  const meetings: MeetingRow[] = [];
  for (let year = yearOf(today) - YEARS_BACK; year <= yearOf(today); year += 1) {
    meetings.push(...(await repositories.meetings.readByOrgansInYear([organ.id], year)));
  }
  const held = meetings.filter((meeting) => meeting.state === 'HELD' && meeting.startsAt.getTime() < now.getTime()).at(-1);
  if (!held || (await repositories.minutes.readMinutes([held.id])).length > 0) return;

  const meetingDate = osloDate(held.startsAt);
  const [rules] = await repositories.minutes.readRules([held.id]);
  const agenda = await repositories.meetingNotices.readAgendas([held.id]);
  const decisions = await repositories.minutes.readDecisions([held.id]);
  const body = draftMinutesText({
    organName: organ.name,
    meetingDate,
    startsAt: held.startsAt,
    place: held.place,
    attendance: await repositories.minutes.readAttendance(held.id),
    agenda: agenda.map((row) => {
      const readable = mayReadCaseContent(PUBLIC_CALLER, row);
      const decision = decisions.find((candidate) => candidate.caseId === row.caseId);
      return {
        reference: row.reference,
        publicTitle: readable ? row.title : row.publicTitle,
        exemptionBasis: readable ? null : (row.exemptionBasis ?? 'unntatt'),
        decision: decision ? { kind: decision.kind, text: decision.text, votes: decision.votes } : null,
      };
    }),
  });
  const sentAt = osloMoment(addDays(meetingDate, 1), '09:00');
  const sent = sentAt.getTime() <= now.getTime();
  const status = minutesStatus(
    { sentAt: sent ? sentAt : null, approvedOn: null, approvedBySilence: null, publishedAt: null, objections: [] },
    rules?.minutesObjectionPeriodDays ?? null,
    now,
  );
  const approvedOn = status.state === 'APPROVED' ? status.approvedOn : null;
  const publishedAt = approvedOn ? osloMoment(addDays(approvedOn, 1), '09:00') : null;
  const published = publishedAt !== null && publishedAt.getTime() <= now.getTime();
  await repositories.minutes.insertMinutes(
    Object.assign(new MinutesEntity(), {
      meetingId: held.id,
      communityId: organ.communityId,
      body,
      sentAt: sent ? sentAt : null,
      sentBy: null,
      approvedOn: published ? approvedOn : null,
      approvedBySilence: published ? status.approvedBySilence : null,
      publishedAt: published ? publishedAt : null,
      version: 1,
    }),
  );
}
