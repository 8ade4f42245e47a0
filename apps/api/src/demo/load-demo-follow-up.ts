import { addDays, osloMoment, yearOf } from '@helsefellesskap/calendar';
import type { Repositories } from '../database/repositories.js';
import { CaseEntity } from '../modules/case/case.entity.js';
import { caseReference } from '../modules/case/case.rules.js';
import { DecisionEntity, type FollowUpStatusValue } from '../modules/decision/decision.entity.js';
import { storeAttachment } from '../modules/mail/outbox.js';
import { AgendaItemEntity, MeetingEntity } from '../modules/meeting/meeting.entity.js';
import { MeetingNoticeEntity } from '../modules/meeting-notice/meeting-notice.entity.js';
import { noticeFilename, renderNoticePdf } from '../modules/meeting-notice/notice.pdf.js';

const COMMUNITY = 'Helsefellesskap Helgeland';
const PARTNERSHIP_MEETING = 'Partnerskapsmøtet';
/**
 * Seed 002 dates the case papers sent to the municipalities 29 June 2022 and Rødøy's handling in September
 * 2022; the demo puts the partnership meeting's decision just before the papers went out.
 */
const DECIDED_ON = '2022-06-21';
const CASE_NUMBER = 1;
const TITLE = 'Etablering av Helsefellesskap Helgeland';
const RECOMMENDATION = [
  'Helgelandssykehuset HF og de 17 kommunene på Helgeland inngår i partnerskapet «Helsefellesskap Helgeland» i tråd med modellen presentert i saken.',
  'Partnerne tilslutter seg konsensusprinsippet: konsensusbeslutninger i helsefellesskapet forplikter partnerne, mens den formelle beslutningsmyndigheten er hos den enkelte kommune og helseforetaket.',
  'Det etableres en kommunal samhandlingsleder i 100 % stilling med en av regionsenterkommunene som vertskommune (kommuneloven § 20-2).',
  'Kommunenes andel av kostnaden fordeles med 20 % i like deler og 80 % etter folketallet per 1. januar året før budsjettåret.',
];

/** Each municipality's local handling: Rødøy's from seed 002, and a few others on their way. */
const FOLLOW_UPS: {
  partner: string;
  status: FollowUpStatusValue;
  localReference: string | null;
  localDate: string | null;
  note: string | null;
}[] = [
  {
    partner: 'Rødøy',
    status: 'ADOPTED',
    localReference: 'K-sak 61/2022, Rødøy kommunestyre',
    localDate: '2022-09-28',
    note: 'Formannskapet innstilte enstemmig 19.09.2022 (sak 63/2022).',
  },
  { partner: 'Vefsn', status: 'IN_PROGRESS', localReference: null, localDate: '2022-09-01', note: 'Til behandling i kommunestyret.' },
  { partner: 'Brønnøy', status: 'IN_PROGRESS', localReference: null, localDate: null, note: 'Saken er under utredning.' },
];

/**
 * The follow-up of the partnership meeting's consensus decision to establish Helsefellesskap Helgeland (ADR
 * 0029): the case, the held meeting with its notice, the decision by consensus, and the municipalities' local
 * handling. The other municipalities have not started. Running it again changes nothing (the case is found by
 * its reference, the meeting by its organ and start, the decision by its case and meeting, a follow-up by its key).
 */
export async function loadDemoFollowUp(repositories: Repositories): Promise<void> {
  const community = await repositories.communities.findByName(COMMUNITY);
  if (!community) return;
  const organ = await repositories.organs.findByName(community.id, PARTNERSHIP_MEETING);
  if (!organ) return;
  const year = yearOf(DECIDED_ON);
  const reference = caseReference(organ.kind, CASE_NUMBER, year);

  const [existingCase] = await repositories.cases.readByReferences([{ communityId: community.id, reference }]);
  let caseId = existingCase?.id;
  if (!caseId) {
    await repositories.cases.raiseCounterTo(organ.id, year, CASE_NUMBER);
    caseId = (
      await repositories.cases.insert(
        Object.assign(new CaseEntity(), {
          communityId: community.id,
          organId: organ.id,
          year,
          number: CASE_NUMBER,
          reference,
          externalReference: null,
          title: TITLE,
          kind: 'DECISION',
          status: 'DECIDED',
          submittedOn: addDays(DECIDED_ON, -35),
          access: 'PUBLIC',
          exemptionBasis: null,
          publicTitle: null,
          archiveReference: null,
          caseworkers: [],
          documentDate: addDays(DECIDED_ON, -35),
          recommendation: RECOMMENDATION,
          background:
            'Regjeringen og KS avtalte i 2019 å innføre helsefellesskap. En partssammensatt arbeidsgruppe nedsatt gjennom OSO har utarbeidet struktur, samarbeidsavtale og finansieringsmodell for Helsefellesskap Helgeland.',
          municipalAssessment: '',
          hospitalAssessment: '',
        }),
      )
    ).id;
  }

  const startsAt = osloMoment(DECIDED_ON, '10:00');
  const meetings = await repositories.meetings.readByOrgansInYear([organ.id], year);
  let meetingId = meetings.find((meeting) => meeting.startsAt.getTime() === startsAt.getTime())?.id;
  if (!meetingId) {
    const noticeSentAt = osloMoment(addDays(DECIDED_ON, -14), '09:00');
    const meeting = await repositories.meetings.save(
      Object.assign(new MeetingEntity(), {
        communityId: community.id,
        organId: organ.id,
        startsAt,
        endsAt: osloMoment(DECIDED_ON, '15:00'),
        place: 'Mosjøen',
        videoUrl: null,
        isOpen: true,
        kind: 'ORDINARY',
        state: 'HELD',
        noticeSentAt,
        cancellationReason: null,
        version: 1,
      }),
    );
    meetingId = meeting.id;
    await repositories.agenda.saveItem(
      Object.assign(new AgendaItemEntity(), {
        meetingId,
        caseId,
        position: 1,
        lateExceptionReason: null,
        lateExceptionRecordedBy: null,
        lateExceptionRecordedAt: null,
      }),
    );
    // The notice as it went out, with the case sent with it: only such a case can be decided at the meeting.
    const documentId = await storeAttachment(repositories, {
      filename: noticeFilename(organ.name, DECIDED_ON),
      contentType: 'application/pdf',
      content: await renderNoticePdf({
        communityName: community.name,
        organName: organ.name,
        kind: 'ORDINARY',
        startsAt,
        endsAt: meeting.endsAt,
        place: meeting.place,
        videoUrl: null,
        isOpen: true,
        issuedOn: addDays(DECIDED_ON, -14),
        recipients: [],
        agenda: [
          {
            position: 1,
            reference,
            title: TITLE,
            kind: 'DECISION',
            exemptionBasis: null,
            sections: [{ heading: 'Innstilling', text: RECOMMENDATION.map((point, index) => `${index + 1}. ${point}`).join('\n') }],
            attachments: [],
          },
        ],
      }),
    });
    await repositories.meetingNotices.insertNotice(
      Object.assign(new MeetingNoticeEntity(), {
        meetingId,
        communityId: community.id,
        sentAt: noticeSentAt,
        sentBy: null,
        documentId,
        recipientCount: 0,
      }),
      [caseId],
    );
  }

  const decision =
    (await repositories.decisions.findCurrentDecision(meetingId, caseId)) ??
    (await repositories.decisions.insertDecision(
      Object.assign(new DecisionEntity(), {
        communityId: community.id,
        organId: organ.id,
        meetingId,
        caseId,
        kind: 'CONSENSUS',
        text: RECOMMENDATION.map((point, index) => `${index + 1}. ${point}`).join('\n'),
        recommendation: RECOMMENDATION,
        decidedOn: DECIDED_ON,
        postponedToMeetingId: null,
        correctsDecisionId: null,
        correctionReason: null,
        recordedAt: osloMoment(DECIDED_ON, '15:00'),
        recordedBy: null,
      }),
      [],
    ));

  const partners = await repositories.partners.findByCommunityIds([community.id]);
  for (const followUp of FOLLOW_UPS) {
    const partner = partners.find((candidate) => candidate.name === followUp.partner);
    if (!partner) continue;
    // Inserted only when the partner has no follow-up yet: what a demo user recorded stays.
    await repositories.followUps.insert({
      decisionId: decision.id,
      partnerId: partner.id,
      communityId: community.id,
      status: followUp.status,
      localReference: followUp.localReference,
      localDate: followUp.localDate,
      note: followUp.note,
      updatedAt: osloMoment(followUp.localDate ?? '2022-09-01', '12:00'),
      updatedBy: null,
    });
  }
}
