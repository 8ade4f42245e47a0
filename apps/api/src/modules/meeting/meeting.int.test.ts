import { addDays, yearOf } from '@helsefellesskap/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/clock.js';
import { buildCommunity, must, signInAs, type CommunityFixture } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const today = testClock.today();
const thisYear = yearOf(today);

const MEETING_FIELDS = `id startsAt endsAt date startTime endTime year place videoUrl isOpen kind state cancellationReason version
  submissionDeadline organ { id name }`;
const schedule = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`;

interface MeetingData {
  id: string;
  startsAt: string;
  endsAt: string | null;
  date: string;
  startTime: string;
  endTime: string | null;
  year: number;
  place: string | null;
  videoUrl: string | null;
  isOpen: boolean;
  kind: string;
  state: string;
  cancellationReason: string | null;
  version: number;
  submissionDeadline: string | null;
  organ: { id: string; name: string };
}

/** A community with an SSU whose rules say 4 meetings a year, cases 28 days before, extraordinary notice 7 days. */
async function withCommittee(): Promise<{ community: CommunityFixture; organId: string }> {
  const community = await buildCommunity(app, { organs: 0, municipalities: 1 });
  const created = await must<{ createOrgan: { id: string } }>(
    app,
    `mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }`,
    {
      input: {
        communityId: community.id,
        name: 'Strategisk samarbeidsutvalg',
        kind: 'STRATEGIC_COMMITTEE',
        establishedOn: '2020-01-01',
        rules: { meetingsPerYear: 4, caseSubmissionDeadlineDays: 28, extraordinaryNoticeDays: 7, decisionRule: 'VOTE' },
      },
    },
    community.secretariat,
  );
  return { community, organId: created.createOrgan.id };
}

async function scheduleMeeting(community: CommunityFixture, input: Record<string, unknown>): Promise<MeetingData> {
  const data = await must<{ scheduleMeeting: MeetingData }>(app, schedule, { input }, community.secretariat);
  return data.scheduleMeeting;
}

describe('meetings of an organ', () => {
  it('schedules a meeting at a date and time in Norway, and lists it under the organ for its year', async () => {
    const { community, organId } = await withCommittee();
    const meeting = await scheduleMeeting(community, {
      organId,
      date: '2025-06-12',
      startTime: '10:00',
      endTime: '15:30',
      place: 'Bodø, Nordlandssykehuset',
      isOpen: true,
      kind: 'ORDINARY',
    });
    expect(meeting).toMatchObject({
      startsAt: '2025-06-12T08:00:00.000Z',
      endsAt: '2025-06-12T13:30:00.000Z',
      date: '2025-06-12',
      startTime: '10:00',
      endTime: '15:30',
      year: 2025,
      state: 'PLANNED',
      version: 1,
      submissionDeadline: '2025-05-15',
      organ: { id: organId },
    });
    const winter = await scheduleMeeting(community, {
      organId,
      date: '2025-01-01',
      startTime: '00:30',
      videoUrl: 'https://video.example/ssu',
      isOpen: false,
      kind: 'EXTRAORDINARY',
    });
    expect(winter).toMatchObject({ startsAt: '2024-12-31T23:30:00.000Z', year: 2025, submissionDeadline: '2024-12-25' });

    const listed = await must<{ community: { organs: { meetings: { id: string; date: string }[] }[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { organs { meetings(year: 2025) { id date } } } }`,
      { id: community.id },
    );
    expect(listed.community.organs[0]?.meetings).toEqual([
      { id: winter.id, date: '2025-01-01' },
      { id: meeting.id, date: '2025-06-12' },
    ]);
    const previousYear = await must<{ community: { organs: { meetings: unknown[] }[] } }>(
      app,
      `query($id: ID!) { community(id: $id) { organs { meetings(year: 2024) { id } } } }`,
      { id: community.id },
    );
    expect(previousYear.community.organs[0]?.meetings).toEqual([]);
  });

  it("shows a closed meeting's time to the public but not its video link", async () => {
    const { community, organId } = await withCommittee();
    const closed = await scheduleMeeting(community, {
      organId,
      date: '2025-03-12',
      startTime: '09:00',
      videoUrl: 'https://video.example/lukket',
      isOpen: false,
      kind: 'ORDINARY',
    });
    const query = `query($id: ID!) { meeting(id: $id) { id date videoUrl } }`;
    const asPublic = await must<{ meeting: { date: string; videoUrl: string | null } }>(app, query, { id: closed.id });
    expect(asPublic.meeting).toMatchObject({ date: '2025-03-12', videoUrl: null });
    const analyst = await signInAs(app, { role: 'ANALYST', communityId: community.id });
    const asAnalyst = await must<{ meeting: { videoUrl: string | null } }>(app, query, { id: closed.id }, analyst);
    expect(asAnalyst.meeting.videoUrl).toBe('https://video.example/lukket');
  });

  it('refuses a meeting without a place or link, one ending before it starts, a bad time, and one before the organ existed', async () => {
    const { community, organId } = await withCommittee();
    const base = { organId, date: '2025-03-12', startTime: '10:00', place: 'Bodø', isOpen: true, kind: 'ORDINARY' };
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ place: null }, 'MEETING_PLACE_REQUIRED', 'place'],
      [{ endTime: '09:00' }, 'MEETING_ENDS_BEFORE_START', 'endTime'],
      [{ startTime: '25:00' }, 'NOT_A_TIME', 'startTime'],
      [{ date: '2019-12-31' }, 'MEETING_OUTSIDE_ORGAN_LIFETIME', 'date'],
    ];
    for (const [change, reason, field] of attempts) {
      const response = await app.gql(schedule, { input: { ...base, ...change } }, community.secretariat.cookie);
      expect(response.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    }
  });

  it('moves a meeting from the version read, and refuses a change made from an older version', async () => {
    const { community, organId } = await withCommittee();
    const meeting = await scheduleMeeting(community, {
      organId,
      date: '2025-09-01',
      startTime: '10:00',
      place: 'Bodø',
      isOpen: true,
      kind: 'ORDINARY',
    });
    const update = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { date startTime place version } }`;
    const moved = await must<{ updateMeeting: { date: string; startTime: string; place: string; version: number } }>(
      app,
      update,
      {
        input: {
          meetingId: meeting.id,
          version: 1,
          date: '2025-09-08',
          startTime: '12:00',
          place: 'Mo i Rana',
          isOpen: true,
          kind: 'ORDINARY',
        },
      },
      community.secretariat,
    );
    expect(moved.updateMeeting).toEqual({ date: '2025-09-08', startTime: '12:00', place: 'Mo i Rana', version: 2 });
    const stale = await app.gql(
      update,
      {
        input: { meetingId: meeting.id, version: 1, date: '2025-09-15', startTime: '12:00', place: 'Bodø', isOpen: true, kind: 'ORDINARY' },
      },
      community.secretariat.cookie,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE' });
    const events = await app.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_type = 'Meeting' AND entity_id = $1 ORDER BY id`,
      [meeting.id],
    );
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('cancels a meeting with a reason; a cancelled meeting cannot be moved, and a planned one cannot be recorded as held', async () => {
    const { community, organId } = await withCommittee();
    const meeting = await scheduleMeeting(community, {
      organId,
      date: '2025-10-01',
      startTime: '10:00',
      place: 'Bodø',
      isOpen: true,
      kind: 'ORDINARY',
    });
    const held = await app.gql(
      `mutation($input: RecordMeetingHeldInput!) { recordMeetingHeld(input: $input) { state } }`,
      { input: { meetingId: meeting.id, version: 1 } },
      community.secretariat.cookie,
    );
    expect(held.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_NOTICE_NOT_SENT' });
    const cancelled = await must<{ cancelMeeting: { state: string; cancellationReason: string; version: number } }>(
      app,
      `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { state cancellationReason version } }`,
      { input: { meetingId: meeting.id, version: 1, reason: 'Ingen saker til behandling' } },
      community.secretariat,
    );
    expect(cancelled.cancelMeeting).toEqual({ state: 'CANCELLED', cancellationReason: 'Ingen saker til behandling', version: 2 });
    const moved = await app.gql(
      `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`,
      {
        input: { meetingId: meeting.id, version: 2, date: '2025-10-08', startTime: '10:00', place: 'Bodø', isOpen: true, kind: 'ORDINARY' },
      },
      community.secretariat.cookie,
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MEETING_NOT_CHANGEABLE',
      params: { state: 'CANCELLED' },
    });
  });

  it('records a meeting as held once its notice was sent and it has started', async () => {
    const { community, organId } = await withCommittee();
    const meeting = await scheduleMeeting(community, {
      organId,
      date: addDays(today, -1),
      startTime: '10:00',
      place: 'Bodø',
      isOpen: true,
      kind: 'ORDINARY',
    });
    // The notice is sent by the notice feature; here its state is set directly.
    await app.sql(`UPDATE meeting SET state = 'NOTICE_SENT', notice_sent_at = now() WHERE id = $1`, [meeting.id]);
    const held = await must<{ recordMeetingHeld: { state: string } }>(
      app,
      `mutation($input: RecordMeetingHeldInput!) { recordMeetingHeld(input: $input) { state } }`,
      { input: { meetingId: meeting.id, version: 1 } },
      community.secretariat,
    );
    expect(held.recordMeetingHeld.state).toBe('HELD');
  });
});

describe('the yearly meeting plan', () => {
  const planQuery = `query($id: ID!, $year: Int!) { community(id: $id) { organs { meetingPlan(year: $year) { year adoptedOn warnings meetings { id } } } } }`;

  async function planOf(community: CommunityFixture, year: number) {
    const data = await must<{
      community: { organs: { meetingPlan: { year: number; adoptedOn: string | null; warnings: string[]; meetings: unknown[] } }[] };
    }>(app, planQuery, { id: community.id, year });
    return data.community.organs[0]?.meetingPlan;
  }

  it('warns before the year that the plan is not adopted, and after it starts that it was not adopted in time', async () => {
    const { community } = await withCommittee();
    expect(await planOf(community, thisYear + 1)).toEqual({
      year: thisYear + 1,
      adoptedOn: null,
      warnings: ['NOT_YET_ADOPTED', 'FEWER_MEETINGS_THAN_RULES'],
      meetings: [],
    });
    expect((await planOf(community, thisYear))?.warnings).toContain('NOT_ADOPTED_BEFORE_YEAR');
  });

  it('records the adoption, warns when it came on or after 1 January, and counts the ordinary meetings against the rules', async () => {
    const { community, organId } = await withCommittee();
    const adopt = `mutation($input: AdoptMeetingPlanInput!) { adoptMeetingPlan(input: $input) { year adoptedOn warnings } }`;
    const inTime = await must<{ adoptMeetingPlan: { adoptedOn: string; warnings: string[] } }>(
      app,
      adopt,
      { input: { organId, year: 2025, adoptedOn: '2024-11-20' } },
      community.secretariat,
    );
    expect(inTime.adoptMeetingPlan).toMatchObject({ adoptedOn: '2024-11-20', warnings: ['FEWER_MEETINGS_THAN_RULES'] });
    for (const date of ['2025-02-12', '2025-05-07', '2025-09-10', '2025-11-26']) {
      await scheduleMeeting(community, { organId, date, startTime: '10:00', place: 'Bodø', isOpen: false, kind: 'ORDINARY' });
    }
    expect((await planOf(community, 2025))?.warnings).toEqual([]);
    const late = await must<{ adoptMeetingPlan: { warnings: string[] } }>(
      app,
      adopt,
      { input: { organId, year: 2025, adoptedOn: '2025-01-10' } },
      community.secretariat,
    );
    expect(late.adoptMeetingPlan.warnings).toEqual(['ADOPTED_LATE']);
    const future = await app.gql(adopt, { input: { organId, year: 2025, adoptedOn: addDays(today, 1) } }, community.secretariat.cookie);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MEETING_PLAN_ADOPTED_IN_FUTURE' });
  });

  it('refuses a year outside the calendar', async () => {
    const { community } = await withCommittee();
    const response = await app.gql(planQuery, { id: community.id, year: 99999 });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
  });
});
