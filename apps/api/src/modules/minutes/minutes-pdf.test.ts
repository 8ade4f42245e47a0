import { describe, expect, it } from 'vitest';
import { PUBLIC_CALLER, type Caller } from '../auth/caller.js';
import type { AttendanceRow, DecisionRow } from '../decision/decision.repository.js';
import type { AgendaCaseRow, MeetingRow } from '../meeting-notice/meeting-notice.repository.js';
import type { Holder } from '../meeting-notice/meeting-notice.rules.js';
import { minutesAttendance, minutesFilename, minutesPdfView, type MinutesPdfMaterial } from './minutes-pdf.js';

const COMMUNITY = 'c0000000-0000-4000-8000-000000000001';

const holder = (appointmentId: string, name: string, role: Holder['role'], seatLabel: string): Holder => ({
  appointmentId,
  personId: `p-${appointmentId}`,
  name,
  email: null,
  role,
  seatId: `s-${seatLabel}`,
  seatLabel,
  seatSide: 'MUNICIPAL',
  seatVoting: role === 'MEMBER',
  deputyForAppointmentId: null,
  deputyRank: null,
});

const attendee = (from: Holder, standsInForName: string | null = null): AttendanceRow => ({
  meetingId: 'm',
  appointmentId: from.appointmentId,
  personId: from.personId,
  name: from.name,
  seatLabel: from.seatLabel,
  role: from.role,
  seatVoting: from.seatVoting,
  standsInForAppointmentId: null,
  standsInForName,
  standsInForSeatVoting: null,
});

const kari = holder('a1', 'Kari Kommune', 'MEMBER', 'Kommunal 1');
const siri = holder('a2', 'Siri Sykehus', 'MEMBER', 'Sykehuset 1');
const viggo = holder('a3', 'Viggo Vara', 'DEPUTY', 'Varaliste');
const olga = holder('a4', 'Olga Observatør', 'OBSERVER', 'KS');
const holders = [kari, siri, viggo, olga];

describe('the minutes’ attendance', () => {
  it('lists a member not present as absent, the deputy with whom they stood in for, and observers apart', () => {
    expect(minutesAttendance([attendee(kari), attendee(viggo, 'Siri Sykehus'), attendee(olga)], holders)).toEqual({
      present: [
        { name: 'Kari Kommune', role: 'Medlem, Kommunal 1', standingInFor: null },
        { name: 'Viggo Vara', role: 'Vara, Varaliste', standingInFor: 'Siri Sykehus' },
      ],
      absent: [{ name: 'Siri Sykehus', role: 'Medlem, Sykehuset 1' }],
      observers: [{ name: 'Olga Observatør', role: 'Observatør, KS' }],
    });
  });

  it('calls nobody absent while no attendance is recorded', () => {
    expect(minutesAttendance([], holders)).toEqual({ present: [], absent: [], observers: [] });
  });
});

describe('the minutes as a reader sees them', () => {
  const meeting: MeetingRow = {
    id: 'm',
    communityId: COMMUNITY,
    communityName: 'Helsefellesskap Helgeland',
    organId: 'o',
    organName: 'Strategisk samarbeidsutvalg',
    organKind: 'STRATEGIC_COMMITTEE',
    startsAt: new Date('2026-03-03T09:00:00Z'),
    endsAt: null,
    place: null,
    videoUrl: null,
    isOpen: true,
    kind: 'ORDINARY',
    state: 'HELD',
    noticeSentAt: null,
    version: 1,
    updatedAt: new Date('2026-03-03T15:00:00Z'),
  };
  const exemptItem: AgendaCaseRow = {
    meetingId: 'm',
    position: 1,
    caseId: 'case-1',
    communityId: COMMUNITY,
    organKind: 'STRATEGIC_COMMITTEE',
    organName: 'Strategisk samarbeidsutvalg',
    number: 1,
    year: 2026,
    reference: 'SSU sak 1/2026',
    title: 'Søkerliste',
    kind: 'DECISION',
    status: 'DECIDED',
    access: 'EXEMPT',
    exemptionBasis: 'Offl. § 25',
    publicTitle: null,
  };
  const decision: DecisionRow = {
    id: 'd-1',
    communityId: COMMUNITY,
    meetingId: 'm',
    caseId: 'case-1',
    kind: 'VOTE',
    text: 'Ola Nordmann tilsettes.',
    recommendation: [],
    decidedOn: '2026-03-03',
    correctsDecisionId: null,
    postponedToMeetingId: null,
    postponedToStartsAt: null,
    correctionReason: null,
    recordedAt: new Date('2026-03-03T12:00:00Z'),
    current: true,
    caseReference: 'SSU sak 1/2026',
    caseStatus: 'DECIDED',
    caseAccess: 'EXEMPT',
    meetingIsOpen: true,
  };
  const material: MinutesPdfMaterial = {
    meeting,
    text: 'Protokoll fra møte i Strategisk samarbeidsutvalg',
    status: { approvedOn: '2026-03-08' },
    sentAt: new Date('2026-03-04T10:00:00Z'),
    hadObjections: false,
    corrections: [],
    attendance: [attendee(kari)],
    holders,
    agenda: [exemptItem],
    decisions: [decision],
    votes: [{ decisionId: 'd-1', personId: kari.personId, name: 'Kari Kommune', vote: 'NO' }],
  };
  const secretariat: Caller = {
    kind: 'user',
    userId: 'u',
    email: 'sekretariat@example.org',
    name: 'Sekretariatet',
    grants: [{ role: 'SECRETARIAT', communityId: COMMUNITY, regionalCouncilId: null, partnerId: null }],
  };

  it('withholds an exempt case’s title, decision text and votes from the public, and shows the legal basis', () => {
    const [item] = minutesPdfView(PUBLIC_CALLER, material).items;
    expect(item).toEqual({
      reference: 'SSU sak 1/2026',
      title: null,
      exemptionBasis: 'Offl. § 25',
      decision: { kind: 'VOTE', text: null, votes: [], postponedToDate: null },
    });
  });

  it('gives the secretariat the exempt case in full', () => {
    const view = minutesPdfView(secretariat, material);
    expect(view.items[0]).toMatchObject({
      title: 'Søkerliste',
      decision: { text: 'Ola Nordmann tilsettes.', votes: [{ name: 'Kari Kommune', vote: 'NO', standingInFor: null }] },
    });
    expect(view.approval).toEqual({ sentOn: '2026-03-04', approvedOn: '2026-03-08', hadObjections: false });
  });

  it('names the file by organ and date', () => {
    expect(minutesFilename('Strategisk samarbeidsutvalg – Sør', '2026-03-03')).toBe(
      'protokoll-strategisk-samarbeidsutvalg-sor-2026-03-03.pdf',
    );
  });
});
