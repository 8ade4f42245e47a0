import { addDays } from '@helsefellesskap/calendar';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Clock } from '../../common/clock.js';
import { notFound } from '../../common/errors.js';
import type { Repositories } from '../../database/repositories.js';
import { PUBLIC_CALLER } from '../auth/caller.js';
import { mayReadCase, mayReadCaseContent, visibleCaseTitle } from '../case/case.policy.js';
import type { AgendaCaseRow, MeetingRow } from '../meeting-notice/meeting-notice.repository.js';
import { AGENDA_ITEMS_SHOWN, ORGANS_SHOWN, PUBLIC_MEETINGS_PER_ORGAN_YEAR } from './public-calendar.bounds.js';
import { minutesPdfPath } from '../minutes/minutes-pdf.js';
import type { CorrectionRow, DecisionRow, MinutesRow } from '../minutes/minutes.repository.js';
import type { PublicAgendaItem, PublicCalendar, PublicMeeting, PublicMinutes } from './public-calendar.type.js';

/** What an open meeting's public record holds besides its agenda: the decisions, and the minutes once published. */
interface MeetingRecord {
  decisions: Map<string, DecisionRow>;
  minutes: PublicMinutes | null;
}

const NO_RECORD: MeetingRecord = { decisions: new Map(), minutes: null };

/** How far back and ahead an organ's feed reaches from today. */
const FEED_DAYS_BACK = 366;
const FEED_DAYS_AHEAD = 2 * 366;

/**
 * The public calendar (ADR 0025): each organ's open meetings and their agendas, read by anyone without
 * signing in, as the public caller: the case policy decides every title (a draft is left out, an exempt
 * case shows its reference, legal basis and public title only). Closed meetings are not in it.
 */
export class PublicCalendarService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** A community's organs with their open meetings of the year (default: this year). */
  async calendar(communityId: string, year: number | null): Promise<PublicCalendar> {
    const community = await this.repositories.communities.findById(communityId);
    if (!community) throw notFound('community', communityId);
    const shownYear = year ?? Number(this.clock.today().slice(0, 4));
    const organs = await this.repositories.organs.readByCommunityIds([communityId]);
    const meetings = await this.repositories.meetingNotices.readOpenMeetingsOfCommunity(communityId, shownYear);
    const agendas = await this.agendasOf(meetings);
    const records = await this.recordsOf(meetings);
    const firstDay = `${shownYear}-01-01`;
    return {
      communityId,
      communityName: community.name,
      year: shownYear,
      organs: organs
        .filter((organ) => !organ.dissolvedOn || organ.dissolvedOn >= firstDay || meetings.some((meeting) => meeting.organId === organ.id))
        .slice(0, ORGANS_SHOWN)
        .map((organ) => ({
          organId: organ.id,
          name: organ.name,
          icalPath: `/ical/organs/${organ.id}.ics`,
          meetings: meetings
            .filter((meeting) => meeting.organId === organ.id)
            .slice(0, PUBLIC_MEETINGS_PER_ORGAN_YEAR)
            .map((meeting) => publicMeeting(meeting, agendas.get(meeting.id) ?? [], records.get(meeting.id) ?? NO_RECORD)),
        })),
    };
  }

  /**
   * The organ's iCalendar feed: its open meetings from a year back to two years ahead, each event with the
   * meeting's id as a stable UID, SEQUENCE from the meeting's version and LAST-MODIFIED, so a calendar that
   * subscribed updates a moved meeting instead of adding another; a cancelled meeting stays, CANCELLED.
   */
  async feed(organId: string, publicUrl: string): Promise<{ filename: string; body: string }> {
    const organ = await this.repositories.organs.findById(organId);
    if (!organ) throw notFound('organ', organId);
    const community = await this.repositories.communities.findById(organ.communityId);
    const today = this.clock.today();
    const meetings = await this.repositories.meetingNotices.readOpenMeetingsOfOrgan(
      organId,
      addDays(today, -FEED_DAYS_BACK),
      addDays(today, FEED_DAYS_AHEAD),
    );
    const agendas = await this.agendasOf(meetings);
    const calendar = ical({
      name: `${organ.name} – ${community?.name ?? ''}`.trim(),
      description: `Åpne møter i ${organ.name}`,
      prodId: { company: 'Helsefellesskap', product: 'moteplan', language: 'NB' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 60 * 60,
    });
    const domain = new URL(publicUrl).hostname || 'helsefellesskap';
    for (const meeting of meetings) {
      const shown = publicMeeting(meeting, agendas.get(meeting.id) ?? [], NO_RECORD);
      calendar.createEvent({
        id: `${meeting.id}@${domain}`,
        start: meeting.startsAt,
        end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 60 * 60_000),
        summary: `${meeting.kind === 'EXTRAORDINARY' ? 'Ekstraordinært møte' : 'Møte'} i ${meeting.organName}`,
        location: meeting.place ?? meeting.videoUrl ?? null,
        url: meeting.videoUrl,
        description:
          shown.agenda.length > 0
            ? `Saksliste:\n${shown.agenda.map((item) => `${item.reference} ${item.title ?? 'Unntatt offentlighet'}`).join('\n')}`
            : null,
        sequence: meeting.version - 1,
        stamp: meeting.updatedAt,
        lastModified: meeting.updatedAt,
        status: meeting.state === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return { filename: `${organ.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.ics`, body: calendar.toString() };
  }

  /** The open meetings' current decisions and published minutes with their corrections: three statements for all. */
  private async recordsOf(meetings: readonly MeetingRow[]): Promise<Map<string, MeetingRecord>> {
    const ids = meetings.filter((meeting) => meeting.isOpen).map((meeting) => meeting.id);
    if (ids.length === 0) return new Map();
    const [decisions, published, corrections] = await Promise.all([
      this.repositories.minutes.readDecisions(ids),
      this.repositories.minutes.readPublished(ids),
      this.repositories.minutes.readCorrections(ids),
    ]);
    const records = new Map<string, MeetingRecord>(ids.map((id) => [id, { decisions: new Map(), minutes: null }]));
    for (const decision of decisions) records.get(decision.meetingId)?.decisions.set(decision.caseId, decision);
    for (const minutes of published) {
      const record = records.get(minutes.meetingId);
      if (record)
        record.minutes = publicMinutes(
          minutes,
          corrections.filter((correction) => correction.meetingId === minutes.meetingId),
        );
    }
    return records;
  }

  private async agendasOf(meetings: readonly MeetingRow[]): Promise<Map<string, AgendaCaseRow[]>> {
    const rows = meetings.length > 0 ? await this.repositories.meetingNotices.readAgendas(meetings.map((meeting) => meeting.id)) : [];
    const agendas = new Map<string, AgendaCaseRow[]>();
    for (const row of rows) agendas.set(row.meetingId, [...(agendas.get(row.meetingId) ?? []), row]);
    return agendas;
  }
}

function publicMeeting(meeting: MeetingRow, agenda: readonly AgendaCaseRow[], record: MeetingRecord): PublicMeeting {
  return {
    id: meeting.id,
    organId: meeting.organId,
    organName: meeting.organName,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    extraordinary: meeting.kind === 'EXTRAORDINARY',
    cancelled: meeting.state === 'CANCELLED',
    noticeSent: meeting.noticeSentAt !== null,
    agenda: agenda
      .filter((row) => mayReadCase(PUBLIC_CALLER, row))
      .slice(0, AGENDA_ITEMS_SHOWN)
      .map((row) => publicAgendaItem(row, record.decisions.get(row.caseId) ?? null)),
    minutes: meeting.isOpen ? record.minutes : null,
  };
}

/** Published minutes as the public reads them (only an open meeting's reach here). */
function publicMinutes(minutes: MinutesRow, corrections: readonly CorrectionRow[]): PublicMinutes | null {
  if (minutes.publishedAt === null || minutes.approvedOn === null) return null;
  return {
    body: minutes.body,
    approvedOn: minutes.approvedOn,
    approvedBySilence: minutes.approvedBySilence ?? false,
    publishedAt: minutes.publishedAt,
    corrections: corrections.map(({ text, reason, recordedAt }) => ({ text, reason, recordedAt })),
    pdfUrl: minutesPdfPath(minutes.meetingId),
  };
}

function publicAgendaItem(row: AgendaCaseRow, decision: DecisionRow | null): PublicAgendaItem {
  const exempt = row.access === 'EXEMPT';
  // The decision text is the case's content: the case policy decides, as for the title.
  const readable = mayReadCaseContent(PUBLIC_CALLER, row);
  return {
    position: row.position,
    reference: row.reference,
    title: visibleCaseTitle(PUBLIC_CALLER, row),
    exempt,
    exemptionBasis: exempt ? row.exemptionBasis : null,
    decision: decision ? { kind: decision.kind, text: readable ? decision.text : null, decidedOn: decision.decidedOn } : null,
  };
}
