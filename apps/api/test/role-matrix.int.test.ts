import { randomUUID } from 'node:crypto';
import { getNamedType, isInputObjectType, isScalarType, type GraphQLArgument, type GraphQLInputField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSessionToken } from '../src/modules/auth/session-token.js';
import { createSchema } from '../src/schema.js';
import { buildCommunity, must, signInAs, TEST_PASSWORD, type CommunityFixture, type Grant, type Session } from './factories.js';
import { buildPlan, type PlanFixture } from './plan-factory.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Every query and mutation, run as every kind of caller, asserting allowed or the exact error code;
 * every field that is not public, read as every kind of caller, asserting seen, hidden or the code;
 * and every record id a mutation takes, given a record of another community.
 * A new operation, a new field marked "Not public" or a new id argument fails a coverage test until it
 * is added here: nobody can forget to decide who may run, read or reach it.
 */
type Actor =
  | 'public'
  | 'secretariat'
  | 'otherSecretariat'
  | 'ssuMember'
  | 'regionalCouncil'
  | 'otherCouncil'
  | 'analyst'
  | 'nationalAnalyst'
  | 'platformAdmin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
const ACTORS: readonly Actor[] = [
  'public',
  'secretariat',
  'otherSecretariat',
  'ssuMember',
  'regionalCouncil',
  'otherCouncil',
  'analyst',
  'nationalAnalyst',
  'platformAdmin',
];

interface World {
  community: CommunityFixture;
  other: CommunityFixture;
}
interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}
interface Case {
  prepare: (world: World, actorEmail: string) => Operation | Promise<Operation>;
  expected: Record<Actor, Outcome>;
}

const everyone: Record<Actor, Outcome> = Object.fromEntries(ACTORS.map((actor) => [actor, 'ok'])) as Record<Actor, Outcome>;
const signedIn: Record<Actor, Outcome> = { ...everyone, public: 'UNAUTHENTICATED' };
const nobodyBut = (...allowed: Actor[]): Record<Actor, Outcome> =>
  Object.fromEntries(
    ACTORS.map((actor) => [actor, actor === 'public' ? 'UNAUTHENTICATED' : allowed.includes(actor) ? 'ok' : 'FORBIDDEN']),
  ) as Record<Actor, Outcome>;
const secretariatOnly = nobodyBut('secretariat');
const unique = () => randomUUID().slice(0, 8);
/** Makes the user with the e-mail ($1) one more reporter of the measure ($2). */
const ADD_REPORTER = `INSERT INTO measure_reporter (measure_id, user_id, community_id)
  SELECT m.id, u.id, m.community_id FROM measure m, app_user u WHERE m.id = $2 AND u.email = $1 ON CONFLICT DO NOTHING`;
/** Budget years the matrix starts from, one per run of the case, so that no run finds its year taken. */
let nextBudgetYear = 0;

const cases: Record<string, Case> = {
  'Query.communities': { prepare: () => ({ query: '{ communities { id } }' }), expected: everyone },
  'Query.today': { prepare: () => ({ query: '{ today }' }), expected: everyone },
  'Query.community': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { community(id: $id) { id } }', variables: { id: community.id } }),
    expected: everyone,
  },
  'Query.costAllocationWhatIf': {
    prepare: () => ({
      query:
        '{ costAllocationWhatIf(input: { municipalShare: 10, municipalities: [{ municipalityNumber: "1000", population: 1 }] }) { municipalShare } }',
    }),
    expected: everyone,
  },
  'Query.reports': {
    prepare: ({ community }) => ({
      query: 'query($ids: [ID!]) { reports { actionPlanProgress(filter: { communityIds: $ids }) { to } } }',
      variables: { ids: [community.id] },
    }),
    expected: nobodyBut('secretariat', 'ssuMember', 'analyst', 'nationalAnalyst'),
  },
  'Query.costAllocation': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { costAllocation(communityId: $id, budgetYear: 2023) { municipalShare } }',
      variables: { id: community.id },
    }),
    expected: everyone,
  },
  'Query.me': { prepare: () => ({ query: '{ me { id } }' }), expected: everyone },
  'Query.identityProviders': { prepare: () => ({ query: '{ identityProviders { name } }' }), expected: everyone },
  'Query.users': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { users(communityId: $id) { id } }', variables: { id: community.id } }),
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Query.auditEvents': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { auditEvents(filter: { communityId: $id }) { nextBefore } }',
      variables: { id: community.id },
    }),
    expected: secretariatOnly,
  },
  'Mutation.signIn': {
    prepare: (_world, actorEmail) => ({
      query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email: actorEmail, password: TEST_PASSWORD },
    }),
    expected: everyone,
  },
  'Mutation.signOut': { prepare: () => ({ query: 'mutation { signOut }' }), expected: everyone },
  'Query.passwordLink': {
    prepare: () => ({ query: 'query($token: String!) { passwordLink(token: $token) { email } }', variables: { token: 'not-a-token' } }),
    expected: everyone,
  },
  'Mutation.requestPasswordReset': {
    prepare: (_world, actorEmail) => ({
      query: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
      variables: { email: actorEmail },
    }),
    expected: everyone,
  },
  // Whoever holds a link's token sets that account's password, signed in or not.
  'Mutation.setPasswordWithLink': {
    prepare: async () => ({
      query: 'mutation($token: String!) { setPasswordWithLink(token: $token, newPassword: "a long new password") { id } }',
      variables: { token: await invitedAccountToken() },
    }),
    expected: everyone,
  },
  'Query.myApiTokens': { prepare: () => ({ query: '{ myApiTokens { id } }' }), expected: signedIn },
  'Mutation.createApiToken': {
    prepare: () => ({ query: 'mutation { createApiToken(input: { name: "Skript" }) { token } }' }),
    expected: signedIn,
  },
  // Anyone signed in revokes only their own tokens: another's id is not found (api-token.int.test.ts revokes one's own).
  'Mutation.revokeApiToken': {
    prepare: () => ({ query: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', variables: { id: randomUUID() } }),
    expected: { ...Object.fromEntries(ACTORS.map((actor) => [actor, 'NOT_FOUND'])), public: 'UNAUTHENTICATED' } as Record<Actor, Outcome>,
  },
  'Mutation.changePassword': {
    prepare: () => ({ query: `mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "${TEST_PASSWORD}") }` }),
    expected: signedIn,
  },
  'Mutation.createCommunity': {
    prepare: () => ({
      query: 'mutation($name: String!) { createCommunity(input: { name: $name, shortName: "Ny" }) { id } }',
      variables: { name: `Nytt ${unique()}` },
    }),
    expected: nobodyBut('platformAdmin'),
  },
  'Mutation.updateCommunity': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { updateCommunity(id: $id, input: { shortName: "Test" }) { id } }',
      variables: { id: community.id },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createPartner': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Sykehus ${unique()}`, kind: 'HOSPITAL_TRUST' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updatePartner': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { updatePartner(id: $id, input: { joinedOn: "2021-01-01" }) { id } }',
      variables: { id: community.municipalityIds[0] },
    }),
    expected: secretariatOnly,
  },
  'Mutation.setPartnerPopulation': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { setPartnerPopulation(input: { partnerId: $id, year: 2021, population: 5 }) { id } }',
      variables: { id: community.municipalityIds[0] },
    }),
    expected: secretariatOnly,
  },
  'Mutation.givePartnerNotice': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { givePartnerNotice(id: $id, input: { noticeGivenOn: "2030-03-01" }) { id } }',
      variables: { id: community.municipalityIds[0] },
    }),
    expected: secretariatOnly,
  },
  'Mutation.previewPopulationImport': {
    prepare: ({ community }) => ({
      query: 'mutation($input: PreviewPopulationImportInput!) { previewPopulationImport(input: $input) { hash } }',
      variables: { input: { communityId: community.id, csv: MATRIX_POPULATION_FILE } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.applyPopulationImport': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ApplyPopulationImportInput!) { applyPopulationImport(input: $input) { written } }',
      variables: { input: { communityId: community.id, csv: MATRIX_POPULATION_FILE, hash: await populationFileHash(community) } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.changeOrganRules': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ChangeOrganRulesInput!) { changeOrganRules(input: $input) { id } }',
      variables: { input: { organId: await organOf(community), effectiveFrom: '2099-01-01', decisionRule: 'VOTE' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createRegionalCouncil': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Råd ${unique()}`, memberPartnerIds: [] } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateRegionalCouncil': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!, $name: String!) { updateRegionalCouncil(id: $id, input: { name: $name }) { id } }',
      variables: { id: community.regionalCouncilIds[0], name: `Råd ${unique()}` },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createOrgan': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }',
      variables: { input: { communityId: community.id, name: `Utvalg ${unique()}`, kind: 'OTHER', rules: { decisionRule: 'VOTE' } } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateOrgan': {
    prepare: async ({ community }) => {
      const [organ] = await matrixApp.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1 LIMIT 1', [community.id]);
      return {
        query: 'mutation($id: ID!) { updateOrgan(id: $id, input: { establishedOn: "2020-01-01" }) { id } }',
        variables: { id: organ?.id },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.saveCoordinatorBudget': {
    // A change of the 2023 budget (saved before the matrix), from the version stored when the actor runs.
    prepare: async ({ community }) => {
      const [stored] = await matrixApp.sql<{ version: number }>(
        'SELECT version FROM coordinator_budget WHERE community_id = $1 AND budget_year = 2023',
        [community.id],
      );
      return {
        query: 'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
        variables: {
          input: {
            communityId: community.id,
            budgetYear: 2023,
            stateGrant: 0,
            costLines: [{ label: 'Lønn', amount: 100 }],
            expectedVersion: stored?.version ?? 1,
          },
        },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.startNextCoordinatorBudget': {
    // Every run (one per actor) saves a year of its own first, so an allowed run never finds the next year taken.
    prepare: async ({ community }) => {
      // Years two apart: the year a run starts is never the one the run before saved.
      const fromYear = 2030 + 2 * nextBudgetYear++;
      await must(
        matrixApp,
        'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
        { input: { communityId: community.id, budgetYear: fromYear, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] } },
        community.secretariat,
      );
      return {
        query: 'mutation($input: StartNextCoordinatorBudgetInput!) { startNextCoordinatorBudget(input: $input) { id } }',
        variables: { input: { communityId: community.id, fromYear } },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.deleteCoordinatorBudget': {
    // Every run (one per actor) deletes a year saved for it, so an allowed run always finds one.
    prepare: async ({ community }) => {
      const budgetYear = 2100 + nextBudgetYear++;
      await must(
        matrixApp,
        'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
        { input: { communityId: community.id, budgetYear, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] } },
        community.secretariat,
      );
      return {
        query: 'mutation($id: ID!, $year: Int!) { deleteCoordinatorBudget(communityId: $id, budgetYear: $year) }',
        variables: { id: community.id, year: budgetYear },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.grantRole': {
    prepare: ({ community }) => ({
      query: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
      variables: { input: { email: `ny-${unique()}@test.example`, name: 'Ny', role: 'ANALYST', communityId: community.id } },
    }),
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Mutation.revokeRole': {
    prepare: async ({ community }) => {
      const target = await signInAs(matrixApp, { role: 'ANALYST', communityId: community.id });
      const [grant] = await matrixApp.sql<{ id: string }>('SELECT id FROM role_assignment WHERE user_id = $1', [target.userId]);
      return { query: 'mutation($id: ID!) { revokeRole(roleGrantId: $id) { id } }', variables: { id: grant?.id } };
    },
    expected: nobodyBut('secretariat', 'platformAdmin'),
  },
  'Query.person': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { person(id: $id) { id name } }',
      variables: { id: await personOf(community) },
    }),
    expected: everyone,
  },
  'Query.persons': {
    prepare: ({ community }) => ({ query: 'query($id: ID!) { persons(communityId: $id) { id } }', variables: { id: community.id } }),
    expected: nobodyBut('secretariat', 'regionalCouncil', 'otherCouncil'),
  },
  'Query.appointmentsEndingSoon': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { appointmentsEndingSoon(communityId: $id) { id } }',
      variables: { id: community.id },
    }),
    expected: nobodyBut('secretariat', 'ssuMember', 'regionalCouncil', 'otherCouncil', 'analyst'),
  },
  'Mutation.createPerson': {
    prepare: ({ community }) => ({
      query: 'mutation($id: ID!) { createPerson(communityId: $id, input: { name: "Ny Person" }) { id } }',
      variables: { id: community.id },
    }),
    expected: nobodyBut('secretariat', 'regionalCouncil', 'otherCouncil'),
  },
  // A person registered without an appointment: the secretariat corrects them; no regional council appointed them.
  'Mutation.updatePerson': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
      variables: { input: { personId: await personOf(community), name: 'Rettet Navn' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createSeat': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }',
      variables: {
        input: {
          organId: await organOf(community),
          label: `Sete ${unique()}`,
          side: 'HOSPITAL',
          voting: true,
          appointingBody: { kind: 'EXTERNAL', name: 'X' },
        },
      },
    }),
    expected: secretariatOnly,
  },
  // The seat belongs to regional council 1: its own council may appoint, the other council may not.
  'Mutation.appoint': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
      variables: {
        input: {
          seatId: await councilSeat(community),
          newPerson: { name: 'Ny' },
          role: 'MEMBER',
          startsOn: '2025-01-01',
          decisionReference: 'Sak 1/2025',
        },
      },
    }),
    expected: nobodyBut('secretariat', 'regionalCouncil'),
  },
  'Mutation.endAppointment': {
    prepare: async ({ community }) => {
      const seatId = await councilSeat(community);
      const appointed = await must<{ appoint: { id: string } }>(
        matrixApp,
        'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
        { input: { seatId, newPerson: { name: 'Sittende' }, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'Sak 1/2025' } },
        community.secretariat,
      );
      return {
        query: 'mutation($id: ID!) { endAppointment(id: $id, endsOn: "2025-12-31") { id } }',
        variables: { id: appointed.appoint.id },
      };
    },
    expected: nobodyBut('secretariat', 'regionalCouncil'),
  },
  // The member of regional council 1's seat: its own council may cancel, the other council may not.
  'Mutation.cancelAppointment': {
    prepare: async ({ community }) => {
      const seatId = await councilSeat(community);
      const appointed = await must<{ appoint: { id: string } }>(
        matrixApp,
        'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
        { input: { seatId, newPerson: { name: 'Feilført' }, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'Sak 1/2025' } },
        community.secretariat,
      );
      return {
        query: 'mutation($id: ID!) { cancelAppointment(id: $id, reason: "Registrert ved en feil") { id } }',
        variables: { id: appointed.appoint.id },
      };
    },
    expected: nobodyBut('secretariat', 'regionalCouncil'),
  },
  'Mutation.retireSeat': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { retireSeat(id: $id, retiredOn: "2025-12-31") { id } }',
      variables: { id: await councilSeat(community) },
    }),
    expected: secretariatOnly,
  },
  'Query.meeting': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { meeting(id: $id) { id } }',
      variables: { id: await meetingOf(community) },
    }),
    expected: everyone,
  },
  'Mutation.scheduleMeeting': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      variables: { input: { organId: await organOf(community), ...MATRIX_MEETING } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateMeeting': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }',
      variables: { input: { meetingId: await meetingOf(community), version: 1, ...MATRIX_MEETING, startTime: '12:00' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.cancelMeeting': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }',
      variables: { input: { meetingId: await meetingOf(community), version: 1, reason: 'Avlyst' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.recordMeetingHeld': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RecordMeetingHeldInput!) { recordMeetingHeld(input: $input) { id } }',
      variables: { input: { meetingId: await meetingOf(community, { noticeSent: true }), version: 1 } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.adoptMeetingPlan': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AdoptMeetingPlanInput!) { adoptMeetingPlan(input: $input) { year } }',
      variables: { input: { organId: await organOf(community), year: 2030, adoptedOn: '2024-11-01' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.addAgendaItem': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
      variables: { input: { meetingId: await meetingOf(community), caseId: await submittedCaseOf(community) } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.removeAgendaItem': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AgendaItemKeyInput!) { removeAgendaItem(input: $input) { id } }',
      variables: { input: await agendaItemOf(community) },
    }),
    expected: secretariatOnly,
  },
  'Mutation.reorderAgenda': {
    prepare: async ({ community }) => {
      const { meetingId, caseId } = await agendaItemOf(community);
      return {
        query: 'mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { id } }',
        variables: { input: { meetingId, caseIds: [caseId] } },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.recordLateException': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RecordLateExceptionInput!) { recordLateException(input: $input) { id } }',
      variables: { input: { ...(await agendaItemOf(community)), reason: 'Kan ikke vente' } },
    }),
    expected: secretariatOnly,
  },
  'Query.publicCalendar': {
    prepare: ({ community }) => ({
      query: 'query($id: ID!) { publicCalendar(communityId: $id) { year organs { name meetings { id agenda { reference title } } } } }',
      variables: { id: community.id },
    }),
    expected: everyone,
  },
  'Query.noticePreview': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { noticePreview(meetingId: $id) { subject recipients { email } } }',
      variables: { id: await comingMeetingOf(community) },
    }),
    expected: secretariatOnly,
  },
  // A fresh meeting each run: a notice is sent once.
  'Mutation.sendNotice': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { sendNotice(meetingId: $id) { sent { recipientCount } } }',
      variables: { id: await comingMeetingOf(community, { fresh: true }) },
    }),
    expected: secretariatOnly,
  },
  'Query.meetingAttendance': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { meetingAttendance(meetingId: $id) { members { name } } }',
      variables: { id: await comingMeetingOf(community) },
    }),
    expected: nobodyBut(...(['secretariat', 'ssuMember', 'regionalCouncil', 'otherCouncil', 'analyst'] as const)),
  },
  // The member's own absence: the matrix's users are not the member, so only the secretariat reports it.
  'Mutation.reportAbsence': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ReportAbsenceInput!) { reportAbsence(input: $input) { meetingId } }',
      variables: {
        input: {
          meetingId: await comingMeetingOf(community, { fresh: true }),
          memberAppointmentId: (await holderOf(community)).appointmentId,
        },
      },
    }),
    expected: secretariatOnly,
  },
  'Query.followUp': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { followUp(decisionId: $id) { decision { caseReference } rows { status canRecord } } }',
      variables: { id: await consensusDecisionOf(community) },
    }),
    expected: nobodyBut(...(['secretariat', 'ssuMember', 'regionalCouncil', 'otherCouncil', 'analyst'] as const)),
  },
  // A fresh decision each run: the first record of a partner's follow-up expects version 0.
  'Mutation.recordFollowUp': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { rows { status } } }',
      variables: {
        input: {
          decisionId: await consensusDecisionOf(community, { fresh: true }),
          partnerId: community.municipalityIds[0],
          status: 'IN_PROGRESS',
          expectedVersion: 0,
        },
      },
    }),
    expected: secretariatOnly,
  },
  'Mutation.withdrawAbsence': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { withdrawAbsence(id: $id) { meetingId } }',
      variables: { id: await absenceOf(community) },
    }),
    expected: secretariatOnly,
  },
  'Mutation.callInDeputy': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CallInDeputyInput!) { callInDeputy(input: $input) { meetingId } }',
      variables: { input: { absenceId: await absenceOf(community), deputyAppointmentId: await personalDeputyOf(community) } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.recordAttendance': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
      variables: { input: { meetingId: await meetingOf(community, { noticeSent: true }), attendees: [] } },
    }),
    expected: secretariatOnly,
  },
  // A fresh case each run: a case is decided once per meeting.
  'Mutation.recordDecision': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
      variables: { input: { ...(await sentOutItemOf(community)), kind: 'CONSENSUS', text: 'Innstillingen følges.' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.correctDecision': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CorrectDecisionInput!) { correctDecision(input: $input) { id } }',
      variables: {
        input: {
          decisionId: (await outcomeOf(community, { fresh: true })).decisionId,
          kind: 'NOTED',
          text: 'Tatt til orientering.',
          reason: 'Feil',
        },
      },
    }),
    expected: secretariatOnly,
  },
  // The minutes: a fresh held meeting per run, its minutes at the stage the operation needs (see minutesAt).
  'Mutation.draftMinutes': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { draftMinutes(meetingId: $id) { state } }',
      variables: { id: await minutesAt(community, 'NONE') },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateMinutes': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateMinutesInput!) { updateMinutes(input: $input) { version } }',
      variables: { input: { meetingId: await minutesAt(community, 'DRAFT'), body: 'Protokoll', expectedVersion: 1 } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.sendMinutes': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { sendMinutes(meetingId: $id) { state } }',
      variables: { id: await minutesAt(community, 'DRAFT') },
    }),
    expected: secretariatOnly,
  },
  // The matrix's users are no participants of the meeting: only the secretariat records an objection.
  'Mutation.raiseMinutesObjection': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RaiseMinutesObjectionInput!) { raiseMinutesObjection(input: $input) { state } }',
      variables: { input: { meetingId: await minutesAt(community, 'SENT'), text: 'Merknad' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.resolveMinutesObjection': {
    prepare: async ({ community }) => {
      const meetingId = await minutesAt(community, 'SENT');
      const [row] = await matrixApp.sql<{ id: string }>(
        `INSERT INTO minutes_objection (community_id, meeting_id, text, raised_at) VALUES ($1, $2, 'Merknad', now()) RETURNING id`,
        [community.id, meetingId],
      );
      return {
        query: 'mutation($input: ResolveMinutesObjectionInput!) { resolveMinutesObjection(input: $input) { state } }',
        variables: { input: { objectionId: row?.id, resolution: 'Rettet' } },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.publishMinutes': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { publishMinutes(meetingId: $id) { state } }',
      variables: { id: await minutesAt(community, 'APPROVED') },
    }),
    expected: secretariatOnly,
  },
  'Mutation.correctMinutes': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CorrectMinutesInput!) { correctMinutes(input: $input) { state } }',
      variables: { input: { meetingId: await minutesAt(community, 'APPROVED'), reason: 'Skrivefeil', text: 'Rettet tekst' } },
    }),
    expected: secretariatOnly,
  },
  'Query.actionPlan': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { id } }',
      variables: { id: (await planOf(community)).planId },
    }),
    expected: everyone,
  },
  // The actor is one of the measure's reporters: an SSU member reports on their own measures.
  'Mutation.postStatusUpdate': {
    prepare: async ({ community }, actorEmail) => {
      const plan = await planOf(community);
      await matrixApp.sql(ADD_REPORTER, [actorEmail, plan.measureId]);
      return {
        query:
          'mutation($id: ID!) { postStatusUpdate(input: { measureId: $id, reportedOn: "2024-06-30", status: ON_TRACK, progress: 50 }) { id } }',
        variables: { id: plan.measureId },
      };
    },
    expected: nobodyBut('secretariat', 'ssuMember'),
  },
  // An SSU member writes the commentary of focus areas where they report on a measure: the actor does (focus area 1).
  'Mutation.setStatusReportCommentary': {
    prepare: async ({ community }, actorEmail) => {
      const { planId, measureId } = await planOf(community);
      await matrixApp.sql(ADD_REPORTER, [actorEmail, measureId]);
      // Each actor writes from the version the one before left.
      const [stored] = await matrixApp.sql<{ version: number }>(
        `SELECT coalesce((r.commentary_versions->>f.id::text)::int, 0) AS version
           FROM status_report r JOIN focus_area f ON f.plan_id = r.plan_id AND f.number = 1 WHERE r.plan_id = $1 AND r.year = 2024`,
        [planId],
      );
      return {
        query:
          'mutation($id: ID!, $version: Int!) { setStatusReportCommentary(planId: $id, year: 2024, focusAreaNumber: 1, commentary: "Godt i gang.", expectedVersion: $version) { year } }',
        variables: { id: planId, version: stored?.version ?? 0 },
      };
    },
    expected: nobodyBut('secretariat', 'ssuMember'),
  },
  'Mutation.freezeStatusReport': {
    prepare: async ({ community }) => ({
      query:
        'mutation($id: ID!, $year: Int!) { freezeStatusReport(input: { planId: $id, year: $year, caseReference: "SSU sak 1/2025" }) { frozen } }',
      variables: { id: (await planOf(community)).planId, year: (reportYear += 1) },
    }),
    expected: secretariatOnly,
  },
  'Mutation.createActionPlan': {
    prepare: ({ community }) => ({
      query: 'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
      variables: { input: { communityId: community.id, title: `Plan ${unique()}`, periodFrom: 2025, periodTo: 2028 } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateActionPlan': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { id } }',
      variables: { input: { planId: await authoredPlan(community), title: `Plan ${unique()}` } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.adoptActionPlan': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AdoptActionPlanInput!) { adoptActionPlan(input: $input) { id } }',
      variables: { input: { planId: await authoredPlan(community), caseReference: 'PM 1/2025' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.prolongActionPlan': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ProlongActionPlanInput!) { prolongActionPlan(input: $input) { id } }',
      variables: {
        input: { planId: await authoredPlan(community, 'ADOPTED'), reason: 'Til status er rapportert.', caseReference: 'SSU 26/2028' },
      },
    }),
    expected: secretariatOnly,
  },
  'Mutation.closeActionPlan': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { closeActionPlan(planId: $id) { id } }',
      variables: { id: await authoredPlan(community, 'ADOPTED') },
    }),
    expected: secretariatOnly,
  },
  'Mutation.addFocusArea': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AddFocusAreaInput!) { addFocusArea(input: $input) { id } }',
      variables: { input: { planId: await authoredPlan(community), title: 'Innsatsområde' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateFocusArea': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateFocusAreaInput!) { updateFocusArea(input: $input) { id } }',
      variables: { input: { focusAreaId: (await authoredTree(community)).focusAreaId, title: `Område ${unique()}` } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.retireFocusArea': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RetirePlanElementInput!) { retireFocusArea(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community, true)).focusAreaId } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.moveFocusArea': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: MovePlanElementInput!) { moveFocusArea(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community)).focusAreaId, direction: 'DOWN' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.addTarget': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AddTargetInput!) { addTarget(input: $input) { id } }',
      variables: {
        input: { focusAreaId: (await authoredTree(community)).focusAreaId, description: 'Mål', indicatorName: 'Andel', unit: '%' },
      },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateTarget': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }',
      variables: { input: { targetId: (await authoredTree(community)).targetId, targetValue: 80 } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.retireTarget': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RetirePlanElementInput!) { retireTarget(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community, true)).targetId } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.moveTarget': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: MovePlanElementInput!) { moveTarget(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community)).targetId, direction: 'UP' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.addMeasure': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }',
      variables: { input: { focusAreaId: (await authoredTree(community)).focusAreaId, title: 'Tiltak' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateMeasure': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
      variables: { input: { measureId: (await authoredTree(community)).measureId, title: `Tiltak ${unique()}` } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.retireMeasure': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RetirePlanElementInput!) { retireMeasure(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community, true)).measureId } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.moveMeasure': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: MovePlanElementInput!) { moveMeasure(input: $input) { id } }',
      variables: { input: { id: (await authoredTree(community)).measureId, direction: 'DOWN' } },
    }),
    expected: secretariatOnly,
  },
  // A fresh update by the secretariat each time: the SSU member is not its author, so only the secretariat corrects it.
  'Mutation.correctStatusUpdate': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: CorrectStatusUpdateInput!) { correctStatusUpdate(input: $input) { id } }',
      variables: { input: { updateId: await updateToCorrect(community), status: 'AT_RISK' } },
    }),
    expected: secretariatOnly,
  },
  'Query.case': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { case(id: $id) { id } }',
      variables: { id: (await caseOf(community)).id },
    }),
    expected: everyone,
  },
  'Query.cases': {
    prepare: async ({ community }) => ({
      query: 'query($id: ID!) { cases(organId: $id, search: "sak") { totalCount } }',
      variables: { id: (await caseOf(community)).organId },
    }),
    expected: everyone,
  },
  'Mutation.registerCase': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      variables: { input: { organId: await organOf(community), title: `Sak ${unique()}`, kind: 'DECISION' } },
    }),
    expected: secretariatOnly,
  },
  'Mutation.updateCase': {
    prepare: async ({ community }) => {
      const found = await caseOf(community, 'fresh');
      return {
        query: 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
        variables: { input: { caseId: found.id, expectedVersion: found.version, background: 'Bakgrunn.' } },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.changeCaseStatus': {
    prepare: async ({ community }) => {
      const found = await caseOf(community, 'fresh');
      return {
        query: 'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }',
        variables: { input: { caseId: found.id, expectedVersion: found.version, status: 'WITHDRAWN' } },
      };
    },
    expected: secretariatOnly,
  },
  'Mutation.changeCaseAttachmentAccess': {
    prepare: async ({ community }) => ({
      query: 'mutation($input: ChangeCaseAttachmentAccessInput!) { changeCaseAttachmentAccess(input: $input) { id } }',
      variables: {
        input: {
          attachmentId: await attachmentOf(community, (await caseOf(community, 'fresh')).id),
          access: 'EXEMPT',
          exemptionBasis: 'Offl. § 14',
        },
      },
    }),
    expected: secretariatOnly,
  },
  'Mutation.removeCaseAttachment': {
    prepare: async ({ community }) => ({
      query: 'mutation($id: ID!) { removeCaseAttachment(id: $id) { id } }',
      variables: { id: await attachmentOf(community, (await caseOf(community, 'fresh')).id) },
    }),
    expected: secretariatOnly,
  },
};

/**
 * Reads of every field that is not public (its description says "Not public"), through each path that
 * reaches it (a query, or a DataLoader behind a nested field): `visible` when the caller sees the
 * value, `hidden` when it is null or left out, else the error code.
 */
type ReadOutcome = 'visible' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
interface ReadCase {
  /** The field, as `Type.field`. */
  field: string;
  prepare: (world: World) => Promise<Operation & { visible: (data: Record<string, unknown>) => boolean }>;
  expected: Record<Actor, ReadOutcome>;
}

const seenBy = (...seeing: Actor[]): Record<Actor, ReadOutcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, seeing.includes(actor) ? 'visible' : 'hidden'])) as Record<Actor, ReadOutcome>;
/** Every role held in the community reads its internal papers (`community:read-internal`). */
const internalReaders: Actor[] = ['secretariat', 'ssuMember', 'regionalCouncil', 'otherCouncil', 'analyst'];
const refusedExcept = (...seeing: Actor[]): Record<Actor, ReadOutcome> =>
  Object.fromEntries(
    ACTORS.map((actor) => [actor, actor === 'public' ? 'UNAUTHENTICATED' : seeing.includes(actor) ? 'visible' : 'FORBIDDEN']),
  ) as Record<Actor, ReadOutcome>;

const at = (data: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );

const reads: Record<string, ReadCase> = {
  'the cases waiting for an agenda': {
    field: 'Meeting.agendaCandidates',
    prepare: async () => {
      const caseId = await submittedCaseOf(world.community);
      return {
        query: 'query($id: ID!) { meeting(id: $id) { agendaCandidates { id } } }',
        variables: { id: await meetingOf(world.community) },
        visible: (data) => JSON.stringify(at(data, 'meeting', 'agendaCandidates')).includes(caseId),
      };
    },
    expected: seenBy('secretariat'),
  },
  "a closed meeting's agenda": {
    field: 'Meeting.agenda',
    prepare: async () => {
      const meetingId = await meetingOf(world.community, { isOpen: false });
      await must(
        matrixApp,
        'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
        { input: { meetingId, caseId: await submittedCaseOf(world.community) } },
        world.community.secretariat,
      );
      return {
        query: 'query($id: ID!) { meeting(id: $id) { agenda { position } } }',
        variables: { id: meetingId },
        visible: (data) => JSON.stringify(at(data, 'meeting', 'agenda')).includes('"position":1'),
      };
    },
    expected: seenBy(...internalReaders),
  },
  "a closed meeting's video link": {
    field: 'Meeting.videoUrl',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { videoUrl } }',
      variables: { id: await meetingOf(world.community, { isOpen: false }) },
      visible: (data) => typeof at(data, 'meeting', 'videoUrl') === 'string',
    }),
    expected: seenBy(...internalReaders),
  },
  "a closed meeting's attendance": {
    field: 'Meeting.attendance',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { attendance { name } } }',
      variables: { id: (await outcomeOf(world.community, { isOpen: false })).meetingId },
      visible: (data) => JSON.stringify(at(data, 'meeting', 'attendance')).includes('Medlem'),
    }),
    expected: seenBy(...internalReaders),
  },
  'the attendance sheet': {
    field: 'Meeting.attendanceSheet',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { attendanceSheet { name } } }',
      variables: { id: (await outcomeOf(world.community)).meetingId },
      visible: (data) => JSON.stringify(at(data, 'meeting', 'attendanceSheet')).includes('Medlem'),
    }),
    expected: seenBy('secretariat'),
  },
  'the later meetings a case can be postponed to': {
    field: 'Meeting.postponementTargets',
    prepare: async () => {
      const { meetingId } = await sentOutItemOf(world.community);
      await laterMeetingOf(meetingId);
      return {
        query: 'query($id: ID!) { meeting(id: $id) { postponementTargets { meetingId } } }',
        variables: { id: meetingId },
        visible: (data) => JSON.stringify(at(data, 'meeting', 'postponementTargets')).includes('"meetingId"'),
      };
    },
    expected: seenBy('secretariat'),
  },
  "a closed meeting's decisions": {
    field: 'Meeting.decisions',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { decisions { id } } }',
      variables: { id: (await outcomeOf(world.community, { isOpen: false })).meetingId },
      visible: (data) => JSON.stringify(at(data, 'meeting', 'decisions')).includes('"id"'),
    }),
    expected: seenBy(...internalReaders),
  },
  "an exempt case's decision text": {
    field: 'Decision.text',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { decisions { text } } }',
      variables: { id: (await outcomeOf(world.community, { exempt: true })).meetingId },
      visible: (data) => JSON.stringify(data).includes(MATRIX_DECISION_TEXT),
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "an exempt case's decision text through the case": {
    field: 'Decision.text',
    prepare: async () => ({
      query: 'query($id: ID!) { case(id: $id) { decisions { text } } }',
      variables: { id: (await outcomeOf(world.community, { exempt: true })).caseId },
      visible: (data) => JSON.stringify(data).includes(MATRIX_DECISION_TEXT),
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "the recommendation kept with an exempt case's decision": {
    field: 'Decision.recommendation',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { decisions { recommendation } } }',
      variables: { id: (await outcomeOf(world.community, { exempt: true })).meetingId },
      visible: (data) => JSON.stringify(data).includes('Matriseinnstilling'),
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "the votes on an exempt case's decision": {
    field: 'Decision.votes',
    prepare: async () => ({
      query: 'query($id: ID!) { meeting(id: $id) { decisions { votes { name vote } } } }',
      variables: { id: (await outcomeOf(world.community, { exempt: true })).meetingId },
      visible: (data) => JSON.stringify(data).includes('"vote":"YES"'),
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "another community's action plan progress": {
    field: 'Reports.actionPlanProgress',
    prepare: () =>
      Promise.resolve({
        query: 'query($ids: [ID!]) { reports { actionPlanProgress(filter: { communityIds: $ids }) { communities { communityId } } } }',
        variables: { ids: [world.other.id] },
        visible: (data) => JSON.stringify(at(data, 'reports', 'actionPlanProgress', 'communities')).includes(world.other.id),
      }),
    expected: refusedExcept('otherSecretariat', 'nationalAnalyst'),
  },
  "another community's representation": {
    field: 'Reports.representation',
    prepare: () =>
      Promise.resolve({
        query: 'query($ids: [ID!]) { reports { representation(filter: { communityIds: $ids }) { organs { communityId } } } }',
        variables: { ids: [world.other.id] },
        visible: (data) => Array.isArray(at(data, 'reports', 'representation', 'organs')),
      }),
    expected: refusedExcept('otherSecretariat', 'nationalAnalyst'),
  },
  "another community's costSharing report": {
    field: 'Reports.costSharing',
    prepare: () =>
      Promise.resolve({
        query: 'query($ids: [ID!]) { reports { costSharing(filter: { communityIds: $ids }) { lines { communityId } } } }',
        variables: { ids: [world.other.id] },
        visible: (data) => Array.isArray(at(data, 'reports', 'costSharing', 'lines')),
      }),
    expected: refusedExcept('otherSecretariat', 'nationalAnalyst'),
  },
  "another community's casesAndMeetings report": {
    field: 'Reports.casesAndMeetings',
    prepare: () =>
      Promise.resolve({
        query: 'query($ids: [ID!]) { reports { casesAndMeetings(filter: { communityIds: $ids }) { organs { communityId } } } }',
        variables: { ids: [world.other.id] },
        visible: (data) => Array.isArray(at(data, 'reports', 'casesAndMeetings', 'organs')),
      }),
    expected: refusedExcept('otherSecretariat', 'nationalAnalyst'),
  },
  "another community's followUp report": {
    field: 'Reports.followUp',
    prepare: () =>
      Promise.resolve({
        query: 'query($ids: [ID!]) { reports { followUp(filter: { communityIds: $ids }) { municipalities { communityId } } } }',
        variables: { ids: [world.other.id] },
        visible: (data) => Array.isArray(at(data, 'reports', 'followUp', 'municipalities')),
      }),
    expected: refusedExcept('otherSecretariat', 'nationalAnalyst'),
  },
  'a draft plan by id': {
    field: 'Query.actionPlan',
    prepare: async () => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { id } }',
      variables: { id: (await draftOf(world.community)).planId },
      visible: (data) => at(data, 'actionPlan', 'id') !== undefined,
    }),
    expected: refusedExcept(...internalReaders),
  },
  "a draft plan in the community's list": {
    field: 'Community.actionPlans',
    prepare: async () => {
      const draft = await draftOf(world.community);
      return {
        query: 'query($id: ID!) { community(id: $id) { actionPlans { id } } }',
        variables: { id: world.community.id },
        visible: (data) => JSON.stringify(at(data, 'community', 'actionPlans')).includes(draft.planId),
      };
    },
    expected: seenBy(...internalReaders),
  },
  'a draft status report': {
    field: 'ActionPlan.statusReport',
    prepare: async () => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { statusReport(year: 2099) { year } } }',
      variables: { id: (await planOf(world.community)).planId },
      visible: (data) => at(data, 'actionPlan', 'statusReport', 'year') === 2099,
    }),
    expected: refusedExcept(...internalReaders),
  },
  'the years that have a draft report': {
    field: 'ActionPlan.statusReportYears',
    prepare: async () => {
      const plan = await planOf(world.community);
      await must(
        matrixApp,
        'mutation($id: ID!) { setStatusReportCommentary(planId: $id, year: 2098, focusAreaNumber: 1, commentary: "Utkast.", expectedVersion: 0) { year } }',
        { id: plan.planId },
        world.community.secretariat,
      );
      return {
        query: 'query($id: ID!) { actionPlan(id: $id) { statusReportYears { year } } }',
        variables: { id: plan.planId },
        visible: (data) => JSON.stringify(at(data, 'actionPlan', 'statusReportYears')).includes('2098'),
      };
    },
    expected: seenBy(...internalReaders),
  },
  'who may be made a reporter': {
    field: 'ActionPlan.reporterCandidates',
    prepare: async () => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { reporterCandidates { id } } }',
      variables: { id: (await planOf(world.community)).planId },
      visible: (data) => JSON.stringify(at(data, 'actionPlan', 'reporterCandidates')).includes(world.community.secretariat.userId),
    }),
    expected: seenBy('secretariat'),
  },
  "a measure's reporters": {
    field: 'Measure.reporters',
    prepare: async () => {
      const plan = await planOf(world.community);
      await matrixApp.sql(ADD_REPORTER, [world.community.secretariat.email, plan.measureId]);
      return {
        query: 'query($id: ID!) { actionPlan(id: $id) { focusAreas(asOf: "2024-01-01") { measures { reporters { id } } } } }',
        variables: { id: plan.planId },
        visible: (data) => JSON.stringify(data).includes(world.community.secretariat.userId),
      };
    },
    expected: seenBy(...internalReaders),
  },
  "a measure's status updates": {
    field: 'Measure.updates',
    prepare: async () => ({
      query: 'query($id: ID!) { actionPlan(id: $id) { focusAreas(asOf: "2024-01-01") { measures { updates { id } } } } }',
      variables: { id: (await planOf(world.community)).planId },
      visible: (data) => Array.isArray(at(data, 'actionPlan', 'focusAreas', 0, 'measures', 0, 'updates')),
    }),
    expected: seenBy(...internalReaders),
  },
  "a person's e-mail by id": {
    field: 'Person.email',
    prepare: async () => ({
      query: 'query($id: ID!) { person(id: $id) { email } }',
      variables: { id: (await holderOf(world.community)).personId },
      visible: (data) => at(data, 'person', 'email') !== null,
    }),
    expected: seenBy('secretariat'),
  },
  "a person's phone by id": {
    field: 'Person.phone',
    prepare: async () => ({
      query: 'query($id: ID!) { person(id: $id) { phone } }',
      variables: { id: (await holderOf(world.community)).personId },
      visible: (data) => at(data, 'person', 'phone') !== null,
    }),
    expected: seenBy('secretariat'),
  },
  "a seat holder's e-mail and phone (through the loader)": {
    field: 'Person.email',
    prepare: async () => {
      const { organId } = await holderOf(world.community);
      return {
        query: 'query($id: ID!) { community(id: $id) { organs { id members(at: "2025-06-01") { person { email phone } } } } }',
        variables: { id: world.community.id },
        visible: (data) => {
          const organs = at(data, 'community', 'organs');
          const organ: unknown = Array.isArray(organs) ? organs.find((candidate: unknown) => at(candidate, 'id') === organId) : undefined;
          return JSON.stringify(at(organ, 'members')).includes('@');
        },
      };
    },
    expected: seenBy('secretariat'),
  },
  'whether the caller may appoint to a seat': {
    field: 'Seat.canAppoint',
    prepare: async () => {
      const seatId = await councilSeat(world.community);
      return {
        query: 'query($id: ID!) { community(id: $id) { organs { seats { id canAppoint } } } }',
        variables: { id: world.community.id },
        visible: (data) => JSON.stringify(at(data, 'community', 'organs')).includes(`"id":"${seatId}","canAppoint":true`),
      };
    },
    expected: seenBy('secretariat', 'regionalCouncil'),
  },
  'the roles the caller may appoint to on a seat': {
    field: 'Seat.appointableRoles',
    prepare: async () => {
      const seatId = await councilSeat(world.community);
      return {
        query: 'query($id: ID!) { community(id: $id) { organs { seats { id appointableRoles } } } }',
        variables: { id: world.community.id },
        visible: (data) => JSON.stringify(at(data, 'community', 'organs')).includes(`"id":"${seatId}","appointableRoles":["MEMBER"`),
      };
    },
    expected: seenBy('secretariat', 'regionalCouncil'),
  },
  'whether the caller may end or cancel an appointment': {
    field: 'Appointment.canChange',
    prepare: async () => {
      const { organId } = await holderOf(world.community);
      return {
        query: 'query($id: ID!) { community(id: $id) { organs { id members(at: "2025-06-01") { canChange } } } }',
        variables: { id: world.community.id },
        visible: (data) => {
          const organs = at(data, 'community', 'organs');
          const organ: unknown = Array.isArray(organs) ? organs.find((candidate: unknown) => at(candidate, 'id') === organId) : undefined;
          return JSON.stringify(at(organ, 'members')).includes('true');
        },
      };
    },
    expected: seenBy('secretariat', 'regionalCouncil'),
  },
  'whether the caller may create and retire seats': {
    field: 'Organ.canManageSeats',
    prepare: () =>
      Promise.resolve({
        query: 'query($id: ID!) { community(id: $id) { organs { canManageSeats } } }',
        variables: { id: world.community.id },
        visible: (data) => JSON.stringify(at(data, 'community', 'organs')).includes('true'),
      }),
    expected: seenBy('secretariat'),
  },
  "a user's e-mail": {
    field: 'User.email',
    prepare: async () => {
      await signInAs(matrixApp, { role: 'ANALYST', communityId: world.community.id });
      return {
        query: 'query($id: ID!) { users(communityId: $id) { email } }',
        variables: { id: world.community.id },
        visible: (data) => JSON.stringify(at(data, 'users')).includes('@'),
      };
    },
    // Platform administrators manage users but read no personal data.
    expected: { ...refusedExcept('secretariat'), platformAdmin: 'hidden' },
  },
  "an exempt case's title by id": {
    field: 'Case.title',
    prepare: async () => ({
      query: 'query($id: ID!) { case(id: $id) { title } }',
      variables: { id: (await exemptCaseOf(world.community)).id },
      visible: (data) => at(data, 'case', 'title') === EXEMPT_TITLE,
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "an exempt case's title in the organ's list (through the search)": {
    field: 'Case.title',
    prepare: async () => ({
      query: 'query($id: ID!) { cases(organId: $id, search: "søkerliste") { nodes { title } } }',
      variables: { id: (await exemptCaseOf(world.community)).organId },
      visible: (data) => JSON.stringify(data).includes(EXEMPT_TITLE),
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "an exempt case's content": {
    field: 'Case.content',
    prepare: async () => ({
      query: 'query($id: ID!) { case(id: $id) { content { background } } }',
      variables: { id: (await exemptCaseOf(world.community)).id },
      visible: (data) => at(data, 'case', 'content', 'background') !== undefined,
    }),
    expected: seenBy('secretariat', 'ssuMember'),
  },
  "an exempt file's name on a public case": {
    field: 'CaseAttachment.fileName',
    prepare: async () => {
      const found = await caseOf(world.community);
      await exemptAttachmentOf(world.community, found.id);
      return {
        query: 'query($id: ID!) { case(id: $id) { content { attachments { fileName } } } }',
        variables: { id: found.id },
        visible: (data) => JSON.stringify(data).includes('Unntatt.pdf'),
      };
    },
    expected: seenBy('secretariat', 'ssuMember'),
  },
};

/**
 * Every record id a mutation takes (an argument or an input field of type ID), given a record of
 * ANOTHER community: the record the mutation acts on, by a caller who holds the permission in their
 * own community (that community's secretariat); a record it refers to (a person, a partner, an organ),
 * by the secretariat of the record acted on. Each is refused, and nothing is written.
 */
interface CrossCase {
  prepare: (world: World) => Promise<{ operation: Operation; session: Session }>;
  expected: 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
}

/** The operation's own case, run on the first community's record by the other community's secretariat. */
function actedOnByOtherSecretariat(operation: string): CrossCase {
  return {
    prepare: async (world) => {
      const own = cases[operation];
      if (!own) throw new Error(`No case for ${operation}`);
      return { operation: await own.prepare(world, world.other.secretariat.email), session: world.other.secretariat };
    },
    expected: 'FORBIDDEN',
  };
}

/** An operation of the first community's secretariat that refers to a record of the other community. */
function referringAcross(prepare: (world: World) => Promise<Operation> | Operation): CrossCase {
  return {
    prepare: async (world) => ({ operation: await prepare(world), session: world.community.secretariat }),
    expected: 'BAD_USER_INPUT',
  };
}

const appointInput = (seatId: string, extra: Record<string, unknown>) => ({
  query: 'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
  variables: { input: { seatId, role: 'MEMBER', startsOn: '2025-01-01', decisionReference: 'Sak 1/2025', ...extra } },
});
const createOrgan = 'mutation($input: CreateOrganInput!) { createOrgan(input: $input) { id } }';
const createSeatMutation = 'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }';

const crossCommunity: Record<string, CrossCase> = {
  // A token belongs to its person, not a community: another's is not found, whoever asks.
  'Mutation.revokeApiToken(id)': {
    prepare: async ({ community, other }) => {
      const created = await matrixApp.gql<{ createApiToken: { apiToken: { id: string } } }>(
        'mutation { createApiToken(input: { name: "Skript" }) { apiToken { id } } }',
        {},
        community.secretariat.cookie,
      );
      const id = created.data?.createApiToken.apiToken.id;
      if (!id) throw new Error(`No token: ${JSON.stringify(created.errors)}`);
      return {
        operation: { query: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', variables: { id } },
        session: other.secretariat,
      };
    },
    expected: 'NOT_FOUND',
  },
  'Mutation.appoint(input.seatId)': actedOnByOtherSecretariat('Mutation.appoint'),
  'Mutation.appoint(input.personId)': referringAcross(async ({ community, other }) =>
    appointInput(await councilSeat(community), { personId: await personOf(other) }),
  ),
  'Mutation.appoint(input.deputyForAppointmentId)': referringAcross(async ({ community, other }) =>
    appointInput(await councilSeat(community), {
      role: 'PERSONAL_DEPUTY',
      newPerson: { name: 'Vara' },
      deputyForAppointmentId: (await holderOf(other)).appointmentId,
    }),
  ),
  'Mutation.sendNotice(meetingId)': actedOnByOtherSecretariat('Mutation.sendNotice'),
  'Mutation.reportAbsence(input.meetingId)': actedOnByOtherSecretariat('Mutation.reportAbsence'),
  'Mutation.reportAbsence(input.memberAppointmentId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: ReportAbsenceInput!) { reportAbsence(input: $input) { meetingId } }',
    variables: {
      input: { meetingId: await comingMeetingOf(community, { fresh: true }), memberAppointmentId: (await holderOf(other)).appointmentId },
    },
  })),
  'Mutation.recordFollowUp(input.decisionId)': actedOnByOtherSecretariat('Mutation.recordFollowUp'),
  'Mutation.recordFollowUp(input.partnerId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { rows { status } } }',
    variables: {
      input: {
        decisionId: await consensusDecisionOf(community, { fresh: true }),
        partnerId: other.municipalityIds[0],
        status: 'IN_PROGRESS',
        expectedVersion: 0,
      },
    },
  })),
  'Mutation.withdrawAbsence(id)': actedOnByOtherSecretariat('Mutation.withdrawAbsence'),
  'Mutation.callInDeputy(input.absenceId)': actedOnByOtherSecretariat('Mutation.callInDeputy'),
  'Mutation.callInDeputy(input.deputyAppointmentId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: CallInDeputyInput!) { callInDeputy(input: $input) { meetingId } }',
    variables: { input: { absenceId: await absenceOf(community), deputyAppointmentId: await personalDeputyOf(other) } },
  })),
  'Mutation.recordAttendance(input.meetingId)': actedOnByOtherSecretariat('Mutation.recordAttendance'),
  'Mutation.recordAttendance(input.attendees.appointmentId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: {
      input: {
        meetingId: await meetingOf(community, { noticeSent: true }),
        attendees: [{ appointmentId: (await holderOf(other)).appointmentId }],
      },
    },
  })),
  'Mutation.recordAttendance(input.attendees.standsInForAppointmentId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: {
      input: {
        meetingId: await meetingOf(community, { noticeSent: true }),
        attendees: [{ appointmentId: await personalDeputyOf(community), standsInForAppointmentId: (await holderOf(other)).appointmentId }],
      },
    },
  })),
  'Mutation.recordDecision(input.meetingId)': actedOnByOtherSecretariat('Mutation.recordDecision'),
  'Mutation.recordDecision(input.caseId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
    variables: {
      input: {
        meetingId: (await sentOutItemOf(community)).meetingId,
        caseId: (await sentOutItemOf(other)).caseId,
        kind: 'NOTED',
        text: 'Tatt til orientering.',
      },
    },
  })),
  // Another community's later meeting, planned and after the deciding one: only its organ tells it apart.
  'Mutation.recordDecision(input.postponedToMeetingId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
    variables: {
      input: {
        ...(await sentOutItemOf(community)),
        kind: 'POSTPONED',
        text: 'Utsatt.',
        postponedToMeetingId: await laterMeetingOf(await meetingOf(other)),
      },
    },
  })),
  'Mutation.recordDecision(input.votes.personId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
    variables: {
      input: {
        ...(await sentOutItemOf(community)),
        kind: 'VOTE',
        text: 'Vedtatt.',
        votes: [{ personId: (await holderOf(other)).personId, vote: 'YES' }],
      },
    },
  })),
  'Mutation.correctDecision(input.decisionId)': actedOnByOtherSecretariat('Mutation.correctDecision'),
  'Mutation.correctDecision(input.votes.personId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: CorrectDecisionInput!) { correctDecision(input: $input) { id } }',
    variables: {
      input: {
        decisionId: (await outcomeOf(community, { fresh: true })).decisionId,
        kind: 'VOTE',
        text: 'Vedtatt.',
        reason: 'Feil',
        votes: [{ personId: (await holderOf(other)).personId, vote: 'YES' }],
      },
    },
  })),
  'Mutation.draftMinutes(meetingId)': actedOnByOtherSecretariat('Mutation.draftMinutes'),
  'Mutation.updateMinutes(input.meetingId)': actedOnByOtherSecretariat('Mutation.updateMinutes'),
  'Mutation.sendMinutes(meetingId)': actedOnByOtherSecretariat('Mutation.sendMinutes'),
  'Mutation.raiseMinutesObjection(input.meetingId)': actedOnByOtherSecretariat('Mutation.raiseMinutesObjection'),
  'Mutation.resolveMinutesObjection(input.objectionId)': actedOnByOtherSecretariat('Mutation.resolveMinutesObjection'),
  'Mutation.publishMinutes(meetingId)': actedOnByOtherSecretariat('Mutation.publishMinutes'),
  'Mutation.correctMinutes(input.meetingId)': actedOnByOtherSecretariat('Mutation.correctMinutes'),
  'Mutation.endAppointment(id)': actedOnByOtherSecretariat('Mutation.endAppointment'),
  'Mutation.cancelAppointment(id)': actedOnByOtherSecretariat('Mutation.cancelAppointment'),
  'Mutation.retireSeat(id)': actedOnByOtherSecretariat('Mutation.retireSeat'),
  'Mutation.scheduleMeeting(input.organId)': actedOnByOtherSecretariat('Mutation.scheduleMeeting'),
  'Mutation.updateMeeting(input.meetingId)': actedOnByOtherSecretariat('Mutation.updateMeeting'),
  'Mutation.cancelMeeting(input.meetingId)': actedOnByOtherSecretariat('Mutation.cancelMeeting'),
  'Mutation.recordMeetingHeld(input.meetingId)': actedOnByOtherSecretariat('Mutation.recordMeetingHeld'),
  'Mutation.adoptMeetingPlan(input.organId)': actedOnByOtherSecretariat('Mutation.adoptMeetingPlan'),
  'Mutation.addAgendaItem(input.meetingId)': actedOnByOtherSecretariat('Mutation.addAgendaItem'),
  'Mutation.addAgendaItem(input.caseId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
    variables: { input: { meetingId: await meetingOf(community), caseId: await submittedCaseOf(other) } },
  })),
  'Mutation.removeAgendaItem(input.meetingId)': actedOnByOtherSecretariat('Mutation.removeAgendaItem'),
  'Mutation.removeAgendaItem(input.caseId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AgendaItemKeyInput!) { removeAgendaItem(input: $input) { id } }',
    variables: { input: { meetingId: (await agendaItemOf(community)).meetingId, caseId: await submittedCaseOf(other) } },
  })),
  'Mutation.reorderAgenda(input.meetingId)': actedOnByOtherSecretariat('Mutation.reorderAgenda'),
  'Mutation.reorderAgenda(input.caseIds)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { id } }',
    variables: { input: { meetingId: (await agendaItemOf(community)).meetingId, caseIds: [await submittedCaseOf(other)] } },
  })),
  'Mutation.recordLateException(input.meetingId)': actedOnByOtherSecretariat('Mutation.recordLateException'),
  'Mutation.recordLateException(input.caseId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: RecordLateExceptionInput!) { recordLateException(input: $input) { id } }',
    variables: { input: { meetingId: (await agendaItemOf(community)).meetingId, caseId: await submittedCaseOf(other), reason: 'Haster' } },
  })),
  'Mutation.appoint(input.newPerson.partnerId)': referringAcross(async ({ community, other }) =>
    appointInput(await councilSeat(community), { newPerson: { name: 'Ny', partnerId: other.hospitalTrustId } }),
  ),
  'Mutation.createPerson(input.partnerId)': referringAcross(({ community, other }) => ({
    query: 'mutation($id: ID!, $partnerId: ID!) { createPerson(communityId: $id, input: { name: "Ny", partnerId: $partnerId }) { id } }',
    variables: { id: community.id, partnerId: other.hospitalTrustId },
  })),
  'Mutation.createPerson(communityId)': actedOnByOtherSecretariat('Mutation.createPerson'),
  'Mutation.updatePerson(input.personId)': actedOnByOtherSecretariat('Mutation.updatePerson'),
  'Mutation.updatePerson(input.partnerId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    variables: { input: { personId: await personOf(community), partnerId: other.hospitalTrustId } },
  })),
  'Mutation.createSeat(input.organId)': actedOnByOtherSecretariat('Mutation.createSeat'),
  'Mutation.createSeat(input.appointingBody.organId)': referringAcross(async ({ community, other }) => ({
    query: createSeatMutation,
    variables: {
      input: {
        organId: await organOf(community),
        label: `Sete ${unique()}`,
        side: 'OBSERVER',
        voting: false,
        appointingBody: { kind: 'ORGAN', organId: await organOf(other) },
      },
    },
  })),
  'Mutation.createSeat(input.appointingBody.partnerId)': referringAcross(async ({ community, other }) => ({
    query: createSeatMutation,
    variables: {
      input: {
        organId: await organOf(community),
        label: `Sete ${unique()}`,
        side: 'HOSPITAL',
        voting: true,
        appointingBody: { kind: 'PARTNER', partnerId: other.hospitalTrustId },
      },
    },
  })),
  'Mutation.createSeat(input.appointingBody.regionalCouncilId)': referringAcross(async ({ community, other }) => ({
    query: createSeatMutation,
    variables: {
      input: {
        organId: await organOf(community),
        label: `Sete ${unique()}`,
        side: 'MUNICIPAL',
        voting: true,
        appointingBody: { kind: 'REGIONAL_COUNCIL', regionalCouncilId: other.regionalCouncilIds[0] },
      },
    },
  })),
  'Mutation.createOrgan(input.communityId)': actedOnByOtherSecretariat('Mutation.createOrgan'),
  'Mutation.createOrgan(input.rules.officersElectedByOrganId)': referringAcross(async ({ community, other }) => ({
    query: createOrgan,
    variables: {
      input: {
        communityId: community.id,
        name: `Utvalg ${unique()}`,
        kind: 'OTHER',
        rules: { decisionRule: 'VOTE', officersElectedByOrganId: await organOf(other) },
      },
    },
  })),
  'Mutation.updateOrgan(id)': actedOnByOtherSecretariat('Mutation.updateOrgan'),
  'Mutation.updateOrgan(input.rules.officersElectedByOrganId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($id: ID!, $rules: OrganRulesInput!) { updateOrgan(id: $id, input: { rules: $rules }) { id } }',
    variables: { id: await organOf(community), rules: { decisionRule: 'VOTE', officersElectedByOrganId: await organOf(other) } },
  })),
  'Mutation.createPartner(input.communityId)': actedOnByOtherSecretariat('Mutation.createPartner'),
  'Mutation.updatePartner(id)': actedOnByOtherSecretariat('Mutation.updatePartner'),
  'Mutation.setPartnerPopulation(input.partnerId)': actedOnByOtherSecretariat('Mutation.setPartnerPopulation'),
  'Mutation.givePartnerNotice(id)': actedOnByOtherSecretariat('Mutation.givePartnerNotice'),
  'Mutation.changeOrganRules(input.organId)': actedOnByOtherSecretariat('Mutation.changeOrganRules'),
  'Mutation.previewPopulationImport(input.communityId)': actedOnByOtherSecretariat('Mutation.previewPopulationImport'),
  'Mutation.applyPopulationImport(input.communityId)': actedOnByOtherSecretariat('Mutation.applyPopulationImport'),
  'Mutation.createRegionalCouncil(input.communityId)': actedOnByOtherSecretariat('Mutation.createRegionalCouncil'),
  'Mutation.createRegionalCouncil(input.memberPartnerIds)': referringAcross(({ community, other }) => ({
    query: 'mutation($input: CreateRegionalCouncilInput!) { createRegionalCouncil(input: $input) { id } }',
    variables: { input: { communityId: community.id, name: `Råd ${unique()}`, memberPartnerIds: [other.municipalityIds[0]] } },
  })),
  'Mutation.updateRegionalCouncil(id)': actedOnByOtherSecretariat('Mutation.updateRegionalCouncil'),
  'Mutation.updateRegionalCouncil(input.memberPartnerIds)': referringAcross(({ community, other }) => ({
    query: 'mutation($id: ID!, $members: [ID!]) { updateRegionalCouncil(id: $id, input: { memberPartnerIds: $members }) { id } }',
    variables: { id: community.regionalCouncilIds[1], members: [other.municipalityIds[0]] },
  })),
  'Mutation.updateCommunity(id)': actedOnByOtherSecretariat('Mutation.updateCommunity'),
  'Mutation.saveCoordinatorBudget(input.communityId)': actedOnByOtherSecretariat('Mutation.saveCoordinatorBudget'),
  'Mutation.startNextCoordinatorBudget(input.communityId)': actedOnByOtherSecretariat('Mutation.startNextCoordinatorBudget'),
  'Mutation.deleteCoordinatorBudget(communityId)': actedOnByOtherSecretariat('Mutation.deleteCoordinatorBudget'),
  'Mutation.grantRole(input.communityId)': actedOnByOtherSecretariat('Mutation.grantRole'),
  'Mutation.grantRole(input.regionalCouncilId)': referringAcross(({ community, other }) => ({
    query: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    variables: {
      input: {
        email: `rad-${unique()}@test.example`,
        name: 'Råd',
        role: 'REGIONAL_COUNCIL',
        communityId: community.id,
        regionalCouncilId: other.regionalCouncilIds[0],
      },
    },
  })),
  'Mutation.grantRole(input.partnerId)': referringAcross(({ community, other }) => ({
    query: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    variables: {
      input: {
        email: `kommune-${unique()}@test.example`,
        name: 'Kommune',
        role: 'MUNICIPALITY',
        communityId: community.id,
        partnerId: other.municipalityIds[0],
      },
    },
  })),
  'Mutation.revokeRole(roleGrantId)': actedOnByOtherSecretariat('Mutation.revokeRole'),
  'Mutation.postStatusUpdate(input.measureId)': actedOnByOtherSecretariat('Mutation.postStatusUpdate'),
  'Mutation.postStatusUpdate(input.targetId)': {
    prepare: async ({ community, other }) => ({
      operation: {
        query: 'mutation($id: ID!) { postStatusUpdate(input: { targetId: $id, reportedOn: "2024-06-30", indicatorValue: 25 }) { id } }',
        variables: { id: (await planOf(community)).targetId },
      },
      session: other.secretariat,
    }),
    expected: 'FORBIDDEN',
  },
  'Mutation.setStatusReportCommentary(planId)': actedOnByOtherSecretariat('Mutation.setStatusReportCommentary'),
  'Mutation.freezeStatusReport(input.planId)': actedOnByOtherSecretariat('Mutation.freezeStatusReport'),
  'Mutation.createActionPlan(input.communityId)': actedOnByOtherSecretariat('Mutation.createActionPlan'),
  'Mutation.updateActionPlan(input.planId)': actedOnByOtherSecretariat('Mutation.updateActionPlan'),
  'Mutation.adoptActionPlan(input.planId)': actedOnByOtherSecretariat('Mutation.adoptActionPlan'),
  'Mutation.prolongActionPlan(input.planId)': actedOnByOtherSecretariat('Mutation.prolongActionPlan'),
  'Mutation.closeActionPlan(planId)': actedOnByOtherSecretariat('Mutation.closeActionPlan'),
  'Mutation.addFocusArea(input.planId)': actedOnByOtherSecretariat('Mutation.addFocusArea'),
  'Mutation.updateFocusArea(input.focusAreaId)': actedOnByOtherSecretariat('Mutation.updateFocusArea'),
  'Mutation.retireFocusArea(input.id)': actedOnByOtherSecretariat('Mutation.retireFocusArea'),
  'Mutation.moveFocusArea(input.id)': actedOnByOtherSecretariat('Mutation.moveFocusArea'),
  'Mutation.addTarget(input.focusAreaId)': actedOnByOtherSecretariat('Mutation.addTarget'),
  'Mutation.updateTarget(input.targetId)': actedOnByOtherSecretariat('Mutation.updateTarget'),
  'Mutation.retireTarget(input.id)': actedOnByOtherSecretariat('Mutation.retireTarget'),
  'Mutation.moveTarget(input.id)': actedOnByOtherSecretariat('Mutation.moveTarget'),
  'Mutation.addMeasure(input.focusAreaId)': actedOnByOtherSecretariat('Mutation.addMeasure'),
  'Mutation.updateMeasure(input.measureId)': actedOnByOtherSecretariat('Mutation.updateMeasure'),
  'Mutation.retireMeasure(input.id)': actedOnByOtherSecretariat('Mutation.retireMeasure'),
  'Mutation.moveMeasure(input.id)': actedOnByOtherSecretariat('Mutation.moveMeasure'),
  'Mutation.correctStatusUpdate(input.updateId)': actedOnByOtherSecretariat('Mutation.correctStatusUpdate'),
  'Mutation.addFocusArea(input.responsibleOrganId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AddFocusAreaInput!) { addFocusArea(input: $input) { id } }',
    variables: { input: { planId: await authoredPlan(community), title: 'Område', responsibleOrganId: await organOf(other) } },
  })),
  'Mutation.updateFocusArea(input.responsibleOrganId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: UpdateFocusAreaInput!) { updateFocusArea(input: $input) { id } }',
    variables: { input: { focusAreaId: (await authoredTree(community)).focusAreaId, responsibleOrganId: await organOf(other) } },
  })),
  'Mutation.addMeasure(input.ownerPartnerId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }',
    variables: {
      input: { focusAreaId: (await authoredTree(community)).focusAreaId, title: 'Tiltak', ownerPartnerId: other.municipalityIds[0] },
    },
  })),
  'Mutation.addMeasure(input.ownerOrganId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }',
    variables: { input: { focusAreaId: (await authoredTree(community)).focusAreaId, title: 'Tiltak', ownerOrganId: await organOf(other) } },
  })),
  'Mutation.addMeasure(input.reporterUserIds)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }',
    variables: {
      input: { focusAreaId: (await authoredTree(community)).focusAreaId, title: 'Tiltak', reporterUserIds: [other.secretariat.userId] },
    },
  })),
  'Mutation.updateMeasure(input.ownerPartnerId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
    variables: { input: { measureId: (await authoredTree(community)).measureId, ownerPartnerId: other.municipalityIds[0] } },
  })),
  'Mutation.updateMeasure(input.ownerOrganId)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
    variables: { input: { measureId: (await authoredTree(community)).measureId, ownerOrganId: await organOf(other) } },
  })),
  'Mutation.updateMeasure(input.reporterUserIds)': referringAcross(async ({ community, other }) => ({
    query: 'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { id } }',
    variables: { input: { measureId: (await authoredTree(community)).measureId, reporterUserIds: [other.secretariat.userId] } },
  })),
  'Mutation.registerCase(input.organId)': actedOnByOtherSecretariat('Mutation.registerCase'),
  'Mutation.updateCase(input.caseId)': actedOnByOtherSecretariat('Mutation.updateCase'),
  'Mutation.updateCase(input.linkedCaseIds)': referringAcross(async ({ community, other }) => {
    const found = await caseOf(community, 'fresh');
    return {
      query: 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
      variables: { input: { caseId: found.id, expectedVersion: found.version, linkedCaseIds: [(await caseOf(other)).id] } },
    };
  }),
  'Mutation.changeCaseStatus(input.caseId)': actedOnByOtherSecretariat('Mutation.changeCaseStatus'),
  'Mutation.changeCaseAttachmentAccess(input.attachmentId)': actedOnByOtherSecretariat('Mutation.changeCaseAttachmentAccess'),
  'Mutation.removeCaseAttachment(id)': actedOnByOtherSecretariat('Mutation.removeCaseAttachment'),
};

/** `Mutation.name(path)` for every argument and input field of type ID (or a list of them), at any depth. */
function idPathsOfMutations(schema: GraphQLSchema): string[] {
  const paths = (prefix: string, fields: readonly (GraphQLArgument | GraphQLInputField)[], seen: Set<string>): string[] =>
    fields.flatMap((field) => {
      const type = getNamedType(field.type);
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      if (isScalarType(type)) return type.name === 'ID' ? [path] : [];
      if (!isInputObjectType(type) || seen.has(type.name)) return [];
      return paths(path, Object.values(type.getFields()), new Set([...seen, type.name]));
    });
  return Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((mutation) =>
    paths('', mutation.args, new Set()).map((path) => `Mutation.${mutation.name}(${path})`),
  );
}

/** `Type.field` of every field whose description says it is not public. */
function notPublicFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && 'getFields' in type && !isInputObjectType(type))
    .flatMap((type) =>
      Object.values((type as { getFields: () => Record<string, { name: string; description?: string | null }> }).getFields())
        .filter((field) => field.description?.includes('Not public'))
        .map((field) => `${type.name}.${field.name}`),
    );
}

let reportYear = 2000;
let plan: PlanFixture | undefined;
async function planOf(community: CommunityFixture): Promise<PlanFixture> {
  plan ??= await buildPlan(matrixApp, community.id, { periodFrom: 2000, periodTo: 2099 });
  return plan;
}

const drafts = new Map<string, PlanFixture>();
async function draftOf(community: CommunityFixture): Promise<PlanFixture> {
  const existing = drafts.get(community.id);
  if (existing) return existing;
  const created = await buildPlan(matrixApp, community.id, { periodFrom: 2000, periodTo: 2099, status: 'DRAFT' });
  drafts.set(community.id, created);
  return created;
}

/** A member with contact data on a fresh council seat of the community, appointed by its secretariat. */
const holders = new Map<string, { personId: string; appointmentId: string; organId: string }>();
async function holderOf(community: CommunityFixture): Promise<{ personId: string; appointmentId: string; organId: string }> {
  const existing = holders.get(community.id);
  if (existing) return existing;
  const appointed = await must<{ appoint: { id: string; person: { id: string } } }>(
    matrixApp,
    'mutation($input: AppointInput!) { appoint(input: $input) { id person { id } } }',
    {
      input: {
        seatId: await councilSeat(community),
        newPerson: { name: 'Medlem', email: `medlem-${unique()}@kommune.example`, phone: '+47 400 00 000' },
        role: 'MEMBER',
        startsOn: '2025-01-01',
        decisionReference: 'Sak 2/2025',
      },
    },
    community.secretariat,
  );
  const created = { personId: appointed.appoint.person.id, appointmentId: appointed.appoint.id, organId: (await organOf(community)) ?? '' };
  holders.set(community.id, created);
  return created;
}

/**
 * An open meeting of the community's organ 30 days ahead (straight in the meeting tables), whose member is
 * `holderOf`: the same one each time, or a fresh one for operations that change it.
 */
const comingMeetings = new Map<string, string>();
async function comingMeetingOf(community: CommunityFixture, options: { fresh?: boolean } = {}): Promise<string> {
  const existing = comingMeetings.get(community.id);
  if (existing && !options.fresh) return existing;
  const { organId } = await holderOf(community);
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, place) VALUES ($1, $2, now() + interval '30 days', 'Bodø') RETURNING id`,
    [community.id, organId],
  );
  const id = row?.id ?? '';
  if (!options.fresh) comingMeetings.set(community.id, id);
  return id;
}

/** The holder's personal deputy, appointed once per community. */
const personalDeputies = new Map<string, string>();
async function personalDeputyOf(community: CommunityFixture): Promise<string> {
  const existing = personalDeputies.get(community.id);
  if (existing) return existing;
  const holder = await holderOf(community);
  const [seat] = await matrixApp.sql<{ seatId: string }>('SELECT seat_id AS "seatId" FROM appointment WHERE id = $1', [
    holder.appointmentId,
  ]);
  const appointed = await must<{ appoint: { id: string } }>(
    matrixApp,
    'mutation($input: AppointInput!) { appoint(input: $input) { id } }',
    {
      input: {
        seatId: seat?.seatId,
        newPerson: { name: 'Vara', email: `vara-${unique()}@kommune.example` },
        role: 'PERSONAL_DEPUTY',
        deputyForAppointmentId: holder.appointmentId,
        startsOn: '2025-01-01',
        decisionReference: 'Sak 2/2025',
      },
    },
    community.secretariat,
  );
  personalDeputies.set(community.id, appointed.appoint.id);
  return appointed.appoint.id;
}

/** The holder's absence from a fresh meeting, reported by the secretariat. */
async function absenceOf(community: CommunityFixture): Promise<string> {
  const meetingId = await comingMeetingOf(community, { fresh: true });
  await must(
    matrixApp,
    'mutation($input: ReportAbsenceInput!) { reportAbsence(input: $input) { meetingId } }',
    { input: { meetingId, memberAppointmentId: (await holderOf(community)).appointmentId } },
    community.secretariat,
  );
  const [row] = await matrixApp.sql<{ id: string }>('SELECT id FROM meeting_absence WHERE meeting_id = $1', [meetingId]);
  return row?.id ?? '';
}

/**
 * A fresh meeting of the community's organ held two days ago (straight in the tables), whose organ takes
 * objections for four days, with minutes at a stage: none, a draft, sent now, or sent five days ago (so
 * approved by silence). Its participants are the organ's holders (no attendance is recorded).
 */
async function minutesAt(community: CommunityFixture, stage: 'NONE' | 'DRAFT' | 'SENT' | 'APPROVED'): Promise<string> {
  const { organId } = await holderOf(community);
  await matrixApp.sql(`UPDATE organ_rule_version SET minutes_objection_period_days = 4 WHERE organ_id = $1`, [organId]);
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, place, state, notice_sent_at)
     VALUES ($1, $2, now() - interval '2 days', 'Bodø', 'HELD', now() - interval '20 days') RETURNING id`,
    [community.id, organId],
  );
  const id = row?.id ?? '';
  if (stage === 'NONE') return id;
  const sentAt = { DRAFT: null, SENT: 'now()', APPROVED: "now() - interval '5 days'" }[stage];
  await matrixApp.sql(`INSERT INTO minutes (meeting_id, community_id, body, sent_at) VALUES ($1, $2, 'Protokoll', ${sentAt ?? 'NULL'})`, [
    id,
    community.id,
  ]);
  return id;
}

/** A new account with an unused invitation; returns the token of its link. */
async function invitedAccountToken(): Promise<string> {
  const { token, tokenHash } = newSessionToken();
  await matrixApp.sql(
    `WITH invited AS (INSERT INTO app_user (email, name) VALUES ($1, 'Invitert') RETURNING id)
     INSERT INTO password_link (user_id, purpose, token_hash, expires_at) SELECT id, 'INVITATION', $2, now() + interval '1 hour' FROM invited`,
    [`invitert-${unique()}@test.example`, tokenHash],
  );
  return token;
}

/** A population file whose one municipality is in no community: applying it writes nothing, however often. */
const MATRIX_POPULATION_FILE = '"region";"år";"statistikkvariabel";"Personer"\n"9999 Ingen";"2021";"Personer";5\n';

async function populationFileHash(community: CommunityFixture): Promise<string> {
  const preview = await must<{ previewPopulationImport: { hash: string } }>(
    matrixApp,
    'mutation($input: PreviewPopulationImportInput!) { previewPopulationImport(input: $input) { hash } }',
    { input: { communityId: community.id, csv: MATRIX_POPULATION_FILE } },
    community.secretariat,
  );
  return preview.previewPopulationImport.hash;
}

async function organOf(community: CommunityFixture): Promise<string | undefined> {
  const [organ] = await matrixApp.sql<{ id: string }>('SELECT id FROM organ WHERE community_id = $1 ORDER BY name LIMIT 1', [community.id]);
  return organ?.id;
}

/** A meeting's details as the matrix schedules it: a video meeting in the past, so it can be recorded as held. */
const MATRIX_MEETING = {
  date: '2025-03-12',
  startTime: '10:00',
  videoUrl: 'https://video.example/matrise',
  isOpen: true,
  kind: 'ORDINARY',
};

/** A fresh meeting of the community's first organ, scheduled by its secretariat (its notice marked sent when asked). */
async function meetingOf(community: CommunityFixture, options: { isOpen?: boolean; noticeSent?: boolean } = {}): Promise<string> {
  const scheduled = await must<{ scheduleMeeting: { id: string } }>(
    matrixApp,
    'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    { input: { organId: await organOf(community), ...MATRIX_MEETING, isOpen: options.isOpen ?? true } },
    community.secretariat,
  );
  const meetingId = scheduled.scheduleMeeting.id;
  if (options.noticeSent)
    await matrixApp.sql(`UPDATE meeting SET state = 'NOTICE_SENT', notice_sent_at = now() WHERE id = $1`, [meetingId]);
  return meetingId;
}

/** A planned meeting of the same organ thirty days after the given one (straight in the tables). */
async function laterMeetingOf(meetingId: string): Promise<string> {
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO meeting (community_id, organ_id, starts_at, ends_at, place, is_open, kind, state)
     SELECT community_id, organ_id, starts_at + interval '30 days', ends_at + interval '30 days', 'Senere', true, 'ORDINARY', 'PLANNED'
     FROM meeting WHERE id = $1 RETURNING id`,
    [meetingId],
  );
  return row?.id ?? '';
}

/** A fresh started meeting with one case on its agenda, sent out with its notice (straight in the tables). */
async function sentOutItemOf(community: CommunityFixture): Promise<{ meetingId: string; caseId: string }> {
  const meetingId = await meetingOf(community, { noticeSent: true });
  matrixCaseNumber += 1;
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on)
     VALUES ($1, $2, 1999, $3, $4, 'Matrisesak', 'DECISION', 'ON_AGENDA', '1999-01-01') RETURNING id`,
    [community.id, await organOf(community), matrixCaseNumber, `Sak ${matrixCaseNumber}/1999`],
  );
  const caseId = row?.id ?? '';
  const [document] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO mail_attachment (filename, content_type, content) VALUES ('innkalling.pdf', 'application/pdf', '\\x25') RETURNING id`,
  );
  await matrixApp.sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [meetingId, caseId]);
  await matrixApp.sql(
    `INSERT INTO meeting_notice (meeting_id, community_id, sent_at, document_id, recipient_count) VALUES ($1, $2, now(), $3, 1)`,
    [meetingId, community.id, document?.id],
  );
  await matrixApp.sql(`INSERT INTO meeting_notice_case (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [meetingId, caseId]);
  return { meetingId, caseId };
}

const MATRIX_DECISION_TEXT = 'Matrisevedtaket følger innstillingen.';
const outcomes = new Map<string, { meetingId: string; caseId: string; decisionId: string }>();
/**
 * A started meeting (open unless asked) whose holder attended, with its one case decided by vote and the
 * holder's vote (straight in the tables; the case exempt when asked): one per kind, or a fresh one.
 */
async function outcomeOf(
  community: CommunityFixture,
  options: { isOpen?: boolean; exempt?: boolean; fresh?: boolean } = {},
): Promise<{ meetingId: string; caseId: string; decisionId: string }> {
  const key = `${community.id}:${options.isOpen ?? true}:${options.exempt ?? false}`;
  const existing = outcomes.get(key);
  if (existing && !options.fresh) return existing;
  const { meetingId, caseId } = await sentOutItemOf(community);
  if (options.isOpen === false) await matrixApp.sql(`UPDATE meeting SET is_open = false WHERE id = $1`, [meetingId]);
  if (options.exempt) {
    await matrixApp.sql(`UPDATE case_file SET access = 'EXEMPT', exemption_basis = 'Offl. § 25' WHERE id = $1`, [caseId]);
  }
  await matrixApp.sql(`UPDATE case_file SET status = 'DECIDED', recommendation = ARRAY['Matriseinnstilling'] WHERE id = $1`, [caseId]);
  const holder = await holderOf(community);
  await matrixApp.sql(
    `INSERT INTO meeting_attendance (community_id, meeting_id, appointment_id, person_id, recorded_at) VALUES ($1, $2, $3, $4, now())`,
    [community.id, meetingId, holder.appointmentId, holder.personId],
  );
  const [decision] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, recommendation, decided_on, recorded_at)
     SELECT m.community_id, m.organ_id, m.id, $2, 'VOTE', $3, ARRAY['Matriseinnstilling'], '2025-03-12', now() FROM meeting m WHERE m.id = $1
     RETURNING id`,
    [meetingId, caseId, MATRIX_DECISION_TEXT],
  );
  const decisionId = decision?.id ?? '';
  await matrixApp.sql(`INSERT INTO decision_vote (decision_id, person_id, appointment_id, vote) VALUES ($1, $2, $3, 'YES')`, [
    decisionId,
    holder.personId,
    holder.appointmentId,
  ]);
  const created = { meetingId, caseId, decisionId };
  if (!options.fresh) outcomes.set(key, created);
  return created;
}

let matrixCaseNumber = 0;
/** A submitted case of the community's first organ, stored as the case register stores it. */
async function submittedCaseOf(community: CommunityFixture): Promise<string> {
  matrixCaseNumber += 1;
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO case_file (community_id, organ_id, year, number, reference, title, kind, status, submitted_on)
     VALUES ($1, $2, 1999, $3, $4, 'Matrisesak', 'DECISION', 'SUBMITTED', '1999-01-01') RETURNING id`,
    [community.id, await organOf(community), matrixCaseNumber, `Sak ${matrixCaseNumber}/1999`],
  );
  return row?.id ?? '';
}

/** A fresh meeting with one case on its agenda, put there by the community's secretariat. */
async function agendaItemOf(community: CommunityFixture): Promise<{ meetingId: string; caseId: string }> {
  const meetingId = await meetingOf(community);
  const caseId = await submittedCaseOf(community);
  await must(
    matrixApp,
    'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
    { input: { meetingId, caseId } },
    community.secretariat,
  );
  return { meetingId, caseId };
}

const consensusDecisions = new Map<string, string>();
/** A decision by consensus on a case of a fresh meeting, straight in the decision table (recording decisions is another feature). */
async function consensusDecisionOf(community: CommunityFixture, options: { fresh?: boolean } = {}): Promise<string> {
  const existing = consensusDecisions.get(community.id);
  if (existing && !options.fresh) return existing;
  const { meetingId, caseId } = await agendaItemOf(community);
  const [row] = await matrixApp.sql<{ id: string }>(
    `INSERT INTO decision (community_id, organ_id, meeting_id, case_id, kind, text, decided_on, recorded_at)
     SELECT community_id, organ_id, id, $2, 'CONSENSUS', 'Vedtatt i konsensus', (starts_at AT TIME ZONE 'Europe/Oslo')::date, now()
     FROM meeting WHERE id = $1 RETURNING id`,
    [meetingId, caseId],
  );
  const id = row?.id ?? '';
  if (!existing) consensusDecisions.set(community.id, id);
  return id;
}

interface CaseFixture {
  id: string;
  organId: string;
  version: number;
}
const REGISTER_CASE = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }';
const submittedCases = new Map<string, CaseFixture>();
/** A submitted public case of the community (shared), or a fresh draft of its own. */
async function caseOf(community: CommunityFixture, fresh?: 'fresh'): Promise<CaseFixture> {
  const existing = submittedCases.get(community.id);
  if (existing && !fresh) return existing;
  const organId = (await organOf(community)) ?? '';
  const registered = await must<{ registerCase: { id: string; version: number } }>(
    matrixApp,
    REGISTER_CASE,
    { input: { organId, title: `Sak ${unique()}`, kind: 'DECISION' } },
    community.secretariat,
  );
  const created = { id: registered.registerCase.id, organId, version: registered.registerCase.version };
  if (fresh) return created;
  const submitted = await must<{ changeCaseStatus: { version: number } }>(
    matrixApp,
    'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { version } }',
    { input: { caseId: created.id, expectedVersion: created.version, status: 'SUBMITTED' } },
    community.secretariat,
  );
  const shared = { ...created, version: submitted.changeCaseStatus.version };
  submittedCases.set(community.id, shared);
  return shared;
}

/** A file uploaded to a case by its community's secretariat; answers its id. */
async function attachmentOf(community: CommunityFixture, caseId: string, exempt = false): Promise<string> {
  const response = await fetch(`${matrixApp.url}/api/cases/${caseId}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      cookie: community.secretariat.cookie,
      'x-file-name': exempt ? 'Unntatt.pdf' : 'Vedlegg.pdf',
      ...(exempt ? { 'x-access': 'EXEMPT', 'x-exemption-basis': 'Offl. 14' } : {}),
    },
    body: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  const body = (await response.json()) as { id?: string };
  if (!body.id) throw new Error(`Upload failed: ${JSON.stringify(body)}`);
  return body.id;
}

let exemptAttachment: string | undefined;
async function exemptAttachmentOf(community: CommunityFixture, caseId: string): Promise<string> {
  exemptAttachment ??= await attachmentOf(community, caseId, true);
  return exemptAttachment;
}

const EXEMPT_TITLE = 'Søkerliste til stillingen som koordinator';
let exemptCase: CaseFixture | undefined;
/** A submitted case exempt from public access (Offl. § 25), with a public title that differs from its title. */
async function exemptCaseOf(community: CommunityFixture): Promise<CaseFixture> {
  if (exemptCase) return exemptCase;
  const organId = (await organOf(community)) ?? '';
  const registered = await must<{ registerCase: { id: string; version: number } }>(
    matrixApp,
    REGISTER_CASE,
    {
      input: { organId, title: EXEMPT_TITLE, kind: 'DECISION', access: 'EXEMPT', exemptionBasis: 'Offl. § 25', publicTitle: 'Tilsetting' },
    },
    community.secretariat,
  );
  await must(
    matrixApp,
    'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }',
    { input: { caseId: registered.registerCase.id, expectedVersion: registered.registerCase.version, status: 'SUBMITTED' } },
    community.secretariat,
  );
  exemptCase = { id: registered.registerCase.id, organId, version: registered.registerCase.version + 1 };
  return exemptCase;
}

/** A fresh seat appointed by the community's first regional council. */
async function councilSeat(community: CommunityFixture): Promise<string> {
  const created = await must<{ createSeat: { id: string } }>(
    matrixApp,
    'mutation($input: CreateSeatInput!) { createSeat(input: $input) { id } }',
    {
      input: {
        organId: await organOf(community),
        label: `Kommunalt sete ${unique()}`,
        side: 'MUNICIPAL',
        voting: true,
        appointingBody: { kind: 'REGIONAL_COUNCIL', regionalCouncilId: community.regionalCouncilIds[0] },
      },
    },
    community.secretariat,
  );
  return created.createSeat.id;
}

async function personOf(community: CommunityFixture): Promise<string> {
  const created = await must<{ createPerson: { id: string } }>(
    matrixApp,
    'mutation($id: ID!) { createPerson(communityId: $id, input: { name: "Offentlig Person" }) { id } }',
    { id: community.id },
    community.secretariat,
  );
  return created.createPerson.id;
}

/** A plan written through the API by the community's secretariat: a fresh draft (or adopted plan) each time. */
async function authoredPlan(community: CommunityFixture, status: 'DRAFT' | 'ADOPTED' = 'DRAFT'): Promise<string> {
  const created = await must<{ createActionPlan: { id: string } }>(
    matrixApp,
    'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }',
    { input: { communityId: community.id, title: `Plan ${unique()}`, periodFrom: 2020, periodTo: 2029 } },
    community.secretariat,
  );
  const planId = created.createActionPlan.id;
  if (status === 'ADOPTED')
    await must(
      matrixApp,
      'mutation($id: ID!) { adoptActionPlan(input: { planId: $id, caseReference: "PM 1/2020" }) { id } }',
      { id: planId },
      community.secretariat,
    );
  return planId;
}

/** A focus area with a target and a measure, written by the secretariat; shared per community unless `fresh`. */
const trees = new Map<string, { focusAreaId: string; targetId: string; measureId: string }>();
async function authoredTree(
  community: CommunityFixture,
  fresh = false,
): Promise<{ focusAreaId: string; targetId: string; measureId: string }> {
  const existing = trees.get(community.id);
  if (existing && !fresh) return existing;
  const run = <T>(query: string, input: Record<string, unknown>) => must<T>(matrixApp, query, { input }, community.secretariat);
  const planId = await authoredPlan(community);
  const { addFocusArea } = await run<{ addFocusArea: { id: string } }>(
    'mutation($input: AddFocusAreaInput!) { addFocusArea(input: $input) { id } }',
    {
      planId,
      title: 'Område',
    },
  );
  const { addTarget } = await run<{ addTarget: { id: string } }>('mutation($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
    focusAreaId: addFocusArea.id,
    description: 'Mål',
    indicatorName: 'Andel',
    unit: '%',
  });
  const { addMeasure } = await run<{ addMeasure: { id: string } }>(
    'mutation($input: AddMeasureInput!) { addMeasure(input: $input) { id } }',
    {
      focusAreaId: addFocusArea.id,
      title: 'Tiltak',
    },
  );
  const tree = { focusAreaId: addFocusArea.id, targetId: addTarget.id, measureId: addMeasure.id };
  if (!fresh) trees.set(community.id, tree);
  return tree;
}

/** A fresh status update of the community's shared measure, posted by its secretariat. */
async function updateToCorrect(community: CommunityFixture): Promise<string> {
  const { measureId } = await authoredTree(community);
  const posted = await must<{ postStatusUpdate: { id: string } }>(
    matrixApp,
    'mutation($id: ID!) { postStatusUpdate(input: { measureId: $id, reportedOn: "2025-06-30", status: ON_TRACK, progress: 10 }) { id } }',
    { id: measureId },
    community.secretariat,
  );
  return posted.postStatusUpdate.id;
}

let matrixApp: TestApp;
let world: World;
beforeAll(async () => {
  matrixApp = await startTestApp();
  world = {
    community: await buildCommunity(matrixApp, { municipalities: 2, regionalCouncils: 2, organs: 1 }),
    other: await buildCommunity(matrixApp, { municipalities: 1 }),
  };
  await must(
    matrixApp,
    'mutation($input: SaveCoordinatorBudgetInput!) { saveCoordinatorBudget(input: $input) { id } }',
    { input: { communityId: world.community.id, budgetYear: 2023, stateGrant: 0, costLines: [{ label: 'Lønn', amount: 100 }] } },
    world.community.secretariat,
  );
});
afterAll(() => matrixApp.close());

function grantsOf(actor: Actor): Grant[] {
  const { community, other } = world;
  const grants: Record<Exclude<Actor, 'public'>, Grant> = {
    secretariat: { role: 'SECRETARIAT', communityId: community.id },
    otherSecretariat: { role: 'SECRETARIAT', communityId: other.id },
    ssuMember: { role: 'SSU_MEMBER', communityId: community.id },
    regionalCouncil: { role: 'REGIONAL_COUNCIL', communityId: community.id, regionalCouncilId: community.regionalCouncilIds[0] },
    otherCouncil: { role: 'REGIONAL_COUNCIL', communityId: community.id, regionalCouncilId: community.regionalCouncilIds[1] },
    analyst: { role: 'ANALYST', communityId: community.id },
    nationalAnalyst: { role: 'NATIONAL_ANALYST' },
    platformAdmin: { role: 'PLATFORM_ADMIN' },
  };
  return actor === 'public' ? [] : [grants[actor]];
}

describe('role matrix', () => {
  it('covers every query and mutation of the schema', async () => {
    const schema = await createSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(
      operations.filter((operation) => !(operation in cases)),
      'operations missing from the role matrix',
    ).toEqual([]);
    expect(
      Object.keys(cases).filter((operation) => !operations.includes(operation)),
      'cases for operations that no longer exist',
    ).toEqual([]);
  });

  for (const [operation, { prepare, expected }] of Object.entries(cases)) {
    it(`${operation}: ${ACTORS.map((actor) => `${actor} ${expected[actor]}`).join(', ')}`, async () => {
      const outcomes: Partial<Record<Actor, string>> = {};
      for (const actor of ACTORS) {
        // A fresh session per actor and operation, so signOut and changePassword cannot disturb the others.
        const session = actor === 'public' ? null : await signInAs(matrixApp, ...grantsOf(actor));
        const { query, variables } = await prepare(world, session?.email ?? `public-${unique()}@test.example`);
        const response = await matrixApp.gql(query, variables, session?.cookie);
        const code = response.errors?.[0]?.extensions?.code;
        outcomes[actor] = code ?? (response.data ? 'ok' : 'no data');
      }
      // The public's signIn uses an address without an account: UNAUTHENTICATED is the right answer there.
      const wanted = operation === 'Mutation.signIn' ? { ...expected, public: 'UNAUTHENTICATED' } : expected;
      expect(outcomes).toEqual(wanted);
    });
  }
});

describe('role matrix: reads of what is not public', () => {
  it('covers every field whose description says it is not public', async () => {
    const marked = notPublicFields(await createSchema());
    const covered = new Set(Object.values(reads).map((read) => read.field));
    expect(
      marked.filter((field) => !covered.has(field)),
      'fields marked "Not public" without a read case',
    ).toEqual([]);
    expect(
      [...covered].filter((field) => !marked.includes(field)),
      'read cases of fields not marked "Not public"',
    ).toEqual([]);
  });

  for (const [name, { field, prepare, expected }] of Object.entries(reads)) {
    it(`${field} (${name}): ${ACTORS.map((actor) => `${actor} ${expected[actor]}`).join(', ')}`, async () => {
      const outcomes: Partial<Record<Actor, string>> = {};
      const { query, variables, visible } = await prepare(world);
      for (const actor of ACTORS) {
        const session = actor === 'public' ? null : await signInAs(matrixApp, ...grantsOf(actor));
        const response = await matrixApp.gql(query, variables, session?.cookie);
        const code = response.errors?.[0]?.extensions?.code;
        outcomes[actor] = code ?? (response.data ? (visible(response.data) ? 'visible' : 'hidden') : 'no data');
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

describe('role matrix: records of another community', () => {
  it('covers every record id that a mutation takes', async () => {
    const paths = idPathsOfMutations(await createSchema());
    expect(
      paths.filter((path) => !(path in crossCommunity)),
      'id arguments missing from the cross-community cases',
    ).toEqual([]);
    expect(
      Object.keys(crossCommunity).filter((path) => !paths.includes(path)),
      'cross-community cases for ids that no longer exist',
    ).toEqual([]);
  });

  for (const [path, { prepare, expected }] of Object.entries(crossCommunity)) {
    it(`${path} of another community: ${expected}`, async () => {
      const { operation, session } = await prepare(world);
      const response = await matrixApp.gql(operation.query, operation.variables, session.cookie);
      expect(response.errors?.[0]?.extensions?.code ?? 'ok').toBe(expected);
    });
  }
});
