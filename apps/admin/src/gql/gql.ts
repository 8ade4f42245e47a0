/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordLinkPage($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      name\n    }\n  }\n": typeof types.PasswordLinkPageDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.SetPasswordWithLinkDocument,
    "\n  query ActionPlanPage($communityId: ID!, $planId: ID!, $asOf: LocalDate) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canEdit\n      ...PlanHeader_ActionPlan\n      ...ReportYears_ActionPlan\n      ...PlanDashboard_ActionPlan\n      focusAreas(asOf: $asOf) {\n        id\n        ...FocusAreaItem_FocusArea\n      }\n    }\n  }\n": typeof types.ActionPlanPageDocument,
    "\n  fragment ActionPlansSection_Community on Community {\n    id\n    canCreateActionPlan\n    actionPlans {\n      id\n      title\n      periodFrom\n      periodTo\n      status\n    }\n  }\n": typeof types.ActionPlansSection_CommunityFragmentDoc,
    "\n  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!, $expectedVersion: Int!) {\n    setStatusReportCommentary(\n      planId: $planId\n      year: $year\n      focusAreaNumber: $focusAreaNumber\n      commentary: $commentary\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      year\n      commentaryVersions {\n        focusAreaNumber\n        version\n      }\n    }\n  }\n": typeof types.SetStatusReportCommentaryDocument,
    "\n  mutation CorrectStatusUpdate($input: CorrectStatusUpdateInput!) {\n    correctStatusUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.CorrectStatusUpdateDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateActionPlanDocument,
    "\n    mutation MoveFocusArea($input: MovePlanElementInput!) {\n      moveFocusArea(input: $input) {\n        id\n      }\n    }\n  ": typeof types.MoveFocusAreaDocument,
    "\n    mutation MoveTarget($input: MovePlanElementInput!) {\n      moveTarget(input: $input) {\n        id\n      }\n    }\n  ": typeof types.MoveTargetDocument,
    "\n    mutation MoveMeasure($input: MovePlanElementInput!) {\n      moveMeasure(input: $input) {\n        id\n      }\n    }\n  ": typeof types.MoveMeasureDocument,
    "\n    mutation RetireFocusArea($input: RetirePlanElementInput!) {\n      retireFocusArea(input: $input) {\n        id\n      }\n    }\n  ": typeof types.RetireFocusAreaDocument,
    "\n    mutation RetireTarget($input: RetirePlanElementInput!) {\n      retireTarget(input: $input) {\n        id\n      }\n    }\n  ": typeof types.RetireTargetDocument,
    "\n    mutation RetireMeasure($input: RetirePlanElementInput!) {\n      retireMeasure(input: $input) {\n        id\n      }\n    }\n  ": typeof types.RetireMeasureDocument,
    "\n  fragment FocusAreaItem_FocusArea on FocusArea {\n    id\n    number\n    title\n    responsibleOrgan\n    hasProfessionalCommittee\n    status\n    targets {\n      id\n      ...TargetItem_Target\n    }\n    measures {\n      id\n      title\n      status\n      startsOn\n      lastUpdateOn\n      ...MeasureItem_Measure\n    }\n  }\n": typeof types.FocusAreaItem_FocusAreaFragmentDoc,
    "\n  mutation FreezeStatusReport($input: FreezeStatusReportInput!) {\n    freezeStatusReport(input: $input) {\n      id\n      year\n      frozen\n      frozenAt\n      caseReference\n    }\n  }\n": typeof types.FreezeStatusReportDocument,
    "\n  fragment MeasureItem_Measure on Measure {\n    id\n    title\n    owner\n    canPostStatus\n    startsOn\n    endsOn\n    patientGroups\n    progress\n    status\n    statusReason\n    lastUpdateOn\n    updates {\n      id\n      reportedOn\n      status\n      progress\n      comment\n      authorName\n      createdAt\n      correctsId\n      correctedById\n      canCorrect\n    }\n  }\n": typeof types.MeasureItem_MeasureFragmentDoc,
    "\n  fragment PlanDashboard_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    focusAreas(asOf: $asOf) {\n      id\n      number\n      title\n      status\n      measures {\n        id\n        status\n      }\n      targets {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PlanDashboard_ActionPlanFragmentDoc,
    "\n  query PlanProgress($planId: ID!, $until: LocalDate) {\n    actionPlan(id: $planId) {\n      id\n      progressOverTime(until: $until) {\n        date\n        focusAreaNumber\n        averageProgress\n        status\n      }\n    }\n  }\n": typeof types.PlanProgressDocument,
    "\n  query PlanEditor($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      organs {\n        id\n        name\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      communityId\n      title\n      periodFrom\n      periodTo\n      status\n      canEdit\n      nextStatuses\n      reporterCandidates {\n        id\n        name\n      }\n      focusAreas {\n        id\n        number\n        title\n        responsibleOrgan\n        responsibleOrganId\n        targets {\n          id\n          description\n          indicatorName\n          unit\n          baseline\n          targetValue\n          startsOn\n          dueDate\n        }\n        measures {\n          id\n          title\n          owner\n          ownerPartnerId\n          ownerOrganId\n          reporterUserId\n          startsOn\n          endsOn\n          patientGroups\n        }\n      }\n    }\n  }\n": typeof types.PlanEditorDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      periodFrom\n      periodTo\n    }\n  }\n": typeof types.UpdateActionPlanDocument,
    "\n  mutation AddFocusArea($input: AddFocusAreaInput!) {\n    addFocusArea(input: $input) {\n      id\n    }\n  }\n": typeof types.AddFocusAreaDocument,
    "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateFocusAreaDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTargetDocument,
    "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  fragment PlanHeader_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    periodTo\n    status\n    adoptedByCase\n    prolongedReason\n    prolongedByCase\n  }\n": typeof types.PlanHeader_ActionPlanFragmentDoc,
    "\n  mutation AdoptActionPlan($input: AdoptActionPlanInput!) {\n    adoptActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdoptActionPlanDocument,
    "\n  mutation ProlongActionPlan($input: ProlongActionPlanInput!) {\n    prolongActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProlongActionPlanDocument,
    "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": typeof types.CloseActionPlanDocument,
    "\n  fragment ReportPreview_StatusReport on StatusReport {\n    year\n    frozen\n    content\n    canWriteCommentaryOn\n    commentaryVersions {\n      focusAreaNumber\n      version\n    }\n  }\n": typeof types.ReportPreview_StatusReportFragmentDoc,
    "\n  fragment ReportYears_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    statusReportYears {\n      year\n      frozen\n      caseReference\n      frozenAt\n    }\n  }\n": typeof types.ReportYears_ActionPlanFragmentDoc,
    "\n  query StatusReportPlan($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canReadInternal\n      ...ReportYears_ActionPlan\n    }\n  }\n": typeof types.StatusReportPlanDocument,
    "\n  query StatusReportView($planId: ID!, $year: Int!) {\n    actionPlan(id: $planId) {\n      id\n      statusReport(year: $year) {\n        id\n        year\n        frozen\n        frozenAt\n        caseReference\n        pdfUrl\n        canFreeze\n        ...ReportPreview_StatusReport\n      }\n    }\n  }\n": typeof types.StatusReportViewDocument,
    "\n  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) {\n      id\n      reportedOn\n    }\n  }\n": typeof types.PostStatusUpdateDocument,
    "\n  fragment TargetItem_Target on Target {\n    id\n    description\n    indicatorName\n    unit\n    baseline\n    targetValue\n    dueDate\n    latestValue\n    latestValueOn\n    status\n    canRecordValue\n  }\n": typeof types.TargetItem_TargetFragmentDoc,
    "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    entityName\n    before\n    after\n  }\n": typeof types.AuditEventsTable_AuditEventFragmentDoc,
    "\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n": typeof types.AuditFilters_UserFragmentDoc,
    "\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n": typeof types.CommunityRow_CommunityFragmentDoc,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n      ...ActionPlansSection_Community\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n": typeof types.OrganCard_OrganFragmentDoc,
    "\n  fragment OrgansSection_Community on Community {\n    canEditRegister\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n": typeof types.OrgansSection_CommunityFragmentDoc,
    "\n  fragment PartnersSection_Community on Community {\n    id\n    name\n    canEditRegister\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n": typeof types.PartnersSection_CommunityFragmentDoc,
    "\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n": typeof types.PartnersTable_PartnerFragmentDoc,
    "\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n": typeof types.RegionalCouncilsSection_CommunityFragmentDoc,
    "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      municipalShare\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n": typeof types.CostAllocationDocument,
    "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n": typeof types.AllocationTable_CostAllocationFragmentDoc,
    "\n  fragment BudgetEditor_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    stateGrant\n    fixedShareRatio\n  }\n": typeof types.BudgetEditor_CoordinatorBudgetFragmentDoc,
    "\n  mutation SaveCoordinatorBudget($input: SaveCoordinatorBudgetInput!) {\n    saveCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n": typeof types.SaveCoordinatorBudgetDocument,
    "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n": typeof types.BudgetSummary_CoordinatorBudgetFragmentDoc,
    "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      canEditCoordinatorBudgets\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n        ...BudgetEditor_CoordinatorBudget\n      }\n    }\n  }\n": typeof types.CostAllocationPageDocument,
    "\n  mutation DeleteCoordinatorBudget($communityId: ID!, $budgetYear: Int!) {\n    deleteCoordinatorBudget(communityId: $communityId, budgetYear: $budgetYear)\n  }\n": typeof types.DeleteCoordinatorBudgetDocument,
    "\n  mutation StartNextCoordinatorBudget($input: StartNextCoordinatorBudgetInput!) {\n    startNextCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n": typeof types.StartNextCoordinatorBudgetDocument,
    "\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n": typeof types.WhatIfForm_CostAllocationFragmentDoc,
    "\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n": typeof types.CostAllocationWhatIfDocument,
    "\n  query AppointPersons($communityId: ID!) {\n    persons(communityId: $communityId) {\n      id\n      name\n      title\n      employer\n      side\n      partnerId\n    }\n    community(id: $communityId) {\n      id\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AppointPersonsDocument,
    "\n  mutation Appoint($input: AppointInput!) {\n    appoint(input: $input) {\n      id\n      role\n      startsOn\n      endsOn\n      person {\n        id\n        name\n      }\n      warnings {\n        kind\n        seatSide\n        personSide\n      }\n    }\n  }\n": typeof types.AppointDocument,
    "\n  mutation CancelAppointment($id: ID!, $reason: String!) {\n    cancelAppointment(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancellationReason\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation EndAppointment($id: ID!, $endsOn: LocalDate!) {\n    endAppointment(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": typeof types.EndAppointmentDocument,
    "\n  fragment CompositionTable_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    holders(at: $at) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n    ...SeatHistory_Seat\n  }\n": typeof types.CompositionTable_SeatFragmentDoc,
    "\n  fragment CouncilSeats_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    organId\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n": typeof types.CouncilSeats_SeatFragmentDoc,
    "\n  query AppointmentsEndingSoon($communityId: ID!, $regionalCouncilId: ID, $withinDays: Int!) {\n    appointmentsEndingSoon(communityId: $communityId, regionalCouncilId: $regionalCouncilId, withinDays: $withinDays) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n      seat {\n        id\n        label\n      }\n    }\n  }\n": typeof types.AppointmentsEndingSoonDocument,
    "\n  query OrganPage($communityId: ID!, $at: LocalDate!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n      }\n      organs {\n        id\n        name\n        kind\n        dissolvedOn\n        canManageSeats\n        rules {\n          chairRotationYears\n          officersElectedByOrganId\n        }\n        parity(at: $at) {\n          balanced\n          problems {\n            kind\n            hospital\n            municipal\n          }\n          hospitalVotingMembers\n          municipalVotingMembers\n          hospitalVotingSeats\n          municipalVotingSeats\n        }\n        vacancies(at: $at) {\n          id\n          label\n        }\n        seats {\n          id\n          ...CompositionTable_Seat\n        }\n      }\n    }\n  }\n": typeof types.OrganPageDocument,
    "\n  query RegionalCouncilPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      organs {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n        members {\n          id\n          name\n          municipalityNumber\n        }\n        seats {\n          id\n          ...CouncilSeats_Seat\n        }\n      }\n    }\n  }\n": typeof types.RegionalCouncilPageDocument,
    "\n  mutation CreateSeat($input: CreateSeatInput!) {\n    createSeat(input: $input) {\n      id\n      label\n    }\n  }\n": typeof types.CreateSeatDocument,
    "\n  mutation RetireSeat($id: ID!, $retiredOn: LocalDate!) {\n    retireSeat(id: $id, retiredOn: $retiredOn) {\n      id\n      retiredOn\n    }\n  }\n": typeof types.RetireSeatDocument,
    "\n  fragment SeatHistory_Seat on Seat {\n    id\n    label\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n": typeof types.SeatHistory_SeatFragmentDoc,
    "\n  query OrganRulesPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      organs {\n        id\n        name\n        rules {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n        ruleVersions {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n      }\n    }\n  }\n": typeof types.OrganRulesPageDocument,
    "\n  mutation ChangeOrganRules($input: ChangeOrganRulesInput!) {\n    changeOrganRules(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeOrganRulesDocument,
    "\n  query PartnerPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      partners {\n        id\n        name\n        kind\n        municipalityNumber\n        joinedOn\n        noticeGivenOn\n        leftOn\n        populations {\n          year\n          population\n        }\n      }\n    }\n  }\n": typeof types.PartnerPageDocument,
    "\n  mutation GivePartnerNotice($id: ID!, $input: GivePartnerNoticeInput!) {\n    givePartnerNotice(id: $id, input: $input) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n": typeof types.GivePartnerNoticeDocument,
    "\n  mutation WithdrawPartnerNotice($id: ID!) {\n    updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n": typeof types.WithdrawPartnerNoticeDocument,
    "\n  mutation SetPartnerPopulation($input: SetPopulationInput!) {\n    setPartnerPopulation(input: $input) {\n      id\n      populations {\n        year\n        population\n      }\n    }\n  }\n": typeof types.SetPartnerPopulationDocument,
    "\n  query PopulationImportPage($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      canEditRegister\n    }\n  }\n": typeof types.PopulationImportPageDocument,
    "\n  mutation PreviewPopulationImport($input: PreviewPopulationImportInput!) {\n    previewPopulationImport(input: $input) {\n      hash\n      changes {\n        line\n        partnerId\n        partnerName\n        municipalityNumber\n        year\n        before\n        after\n      }\n      problems {\n        line\n        reason\n        text\n      }\n    }\n  }\n": typeof types.PreviewPopulationImportDocument,
    "\n  mutation ApplyPopulationImport($input: ApplyPopulationImportInput!) {\n    applyPopulationImport(input: $input) {\n      written\n      unchanged\n      skippedLines\n    }\n  }\n": typeof types.ApplyPopulationImportDocument,
    "\n  query ActionPlanProgressReport($filter: ReportFilter!, $interval: ReportInterval) {\n    reports {\n      actionPlanProgress(filter: $filter, interval: $interval) {\n        from\n        to\n        staleAfterDays\n        communities {\n          communityId\n          communityName\n          plans\n          focusAreas\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n          focusAreasWithoutCommittee\n          focusAreasWithoutMeasures\n        }\n        focusAreas {\n          focusAreaId\n          communityName\n          planTitle\n          number\n          title\n          professionalCommittee\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n        }\n        overTime {\n          communityId\n          communityName\n          periodStart\n          asOf\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          averageProgress\n        }\n      }\n    }\n  }\n": typeof types.ActionPlanProgressReportDocument,
    "\n  query RepresentationReport($filter: ReportFilter!) {\n    reports {\n      representation(filter: $filter) {\n        from\n        to\n        endingWithinDays\n        organs {\n          organId\n          communityName\n          organName\n          hospitalSeats\n          hospitalFilled\n          municipalSeats\n          municipalFilled\n          observerSeats\n          observerFilled\n          balanced\n          termsEnding\n        }\n        regionalCouncils {\n          regionalCouncilId\n          communityName\n          regionalCouncilName\n          seats\n          filled\n          termsEnding\n        }\n      }\n    }\n  }\n": typeof types.RepresentationReportDocument,
    "\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n": typeof types.IdentityProviderList_IdentityProviderFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      canReadReports\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": typeof types.GrantRoleForm_CommunityFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      hasPassword\n      usesIdentityProvider\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n": typeof types.CommunityUsersDocument,
    "\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": typeof types.UsersTable_CommunityFragmentDoc,
    "\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n": typeof types.UsersTable_UserFragmentDoc,
    "\n  query Today {\n    today\n  }\n": typeof types.TodayDocument,
};
const documents: Documents = {
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordLinkPage($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      name\n    }\n  }\n": types.PasswordLinkPageDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.SetPasswordWithLinkDocument,
    "\n  query ActionPlanPage($communityId: ID!, $planId: ID!, $asOf: LocalDate) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canEdit\n      ...PlanHeader_ActionPlan\n      ...ReportYears_ActionPlan\n      ...PlanDashboard_ActionPlan\n      focusAreas(asOf: $asOf) {\n        id\n        ...FocusAreaItem_FocusArea\n      }\n    }\n  }\n": types.ActionPlanPageDocument,
    "\n  fragment ActionPlansSection_Community on Community {\n    id\n    canCreateActionPlan\n    actionPlans {\n      id\n      title\n      periodFrom\n      periodTo\n      status\n    }\n  }\n": types.ActionPlansSection_CommunityFragmentDoc,
    "\n  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!, $expectedVersion: Int!) {\n    setStatusReportCommentary(\n      planId: $planId\n      year: $year\n      focusAreaNumber: $focusAreaNumber\n      commentary: $commentary\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      year\n      commentaryVersions {\n        focusAreaNumber\n        version\n      }\n    }\n  }\n": types.SetStatusReportCommentaryDocument,
    "\n  mutation CorrectStatusUpdate($input: CorrectStatusUpdateInput!) {\n    correctStatusUpdate(input: $input) {\n      id\n    }\n  }\n": types.CorrectStatusUpdateDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateActionPlanDocument,
    "\n    mutation MoveFocusArea($input: MovePlanElementInput!) {\n      moveFocusArea(input: $input) {\n        id\n      }\n    }\n  ": types.MoveFocusAreaDocument,
    "\n    mutation MoveTarget($input: MovePlanElementInput!) {\n      moveTarget(input: $input) {\n        id\n      }\n    }\n  ": types.MoveTargetDocument,
    "\n    mutation MoveMeasure($input: MovePlanElementInput!) {\n      moveMeasure(input: $input) {\n        id\n      }\n    }\n  ": types.MoveMeasureDocument,
    "\n    mutation RetireFocusArea($input: RetirePlanElementInput!) {\n      retireFocusArea(input: $input) {\n        id\n      }\n    }\n  ": types.RetireFocusAreaDocument,
    "\n    mutation RetireTarget($input: RetirePlanElementInput!) {\n      retireTarget(input: $input) {\n        id\n      }\n    }\n  ": types.RetireTargetDocument,
    "\n    mutation RetireMeasure($input: RetirePlanElementInput!) {\n      retireMeasure(input: $input) {\n        id\n      }\n    }\n  ": types.RetireMeasureDocument,
    "\n  fragment FocusAreaItem_FocusArea on FocusArea {\n    id\n    number\n    title\n    responsibleOrgan\n    hasProfessionalCommittee\n    status\n    targets {\n      id\n      ...TargetItem_Target\n    }\n    measures {\n      id\n      title\n      status\n      startsOn\n      lastUpdateOn\n      ...MeasureItem_Measure\n    }\n  }\n": types.FocusAreaItem_FocusAreaFragmentDoc,
    "\n  mutation FreezeStatusReport($input: FreezeStatusReportInput!) {\n    freezeStatusReport(input: $input) {\n      id\n      year\n      frozen\n      frozenAt\n      caseReference\n    }\n  }\n": types.FreezeStatusReportDocument,
    "\n  fragment MeasureItem_Measure on Measure {\n    id\n    title\n    owner\n    canPostStatus\n    startsOn\n    endsOn\n    patientGroups\n    progress\n    status\n    statusReason\n    lastUpdateOn\n    updates {\n      id\n      reportedOn\n      status\n      progress\n      comment\n      authorName\n      createdAt\n      correctsId\n      correctedById\n      canCorrect\n    }\n  }\n": types.MeasureItem_MeasureFragmentDoc,
    "\n  fragment PlanDashboard_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    focusAreas(asOf: $asOf) {\n      id\n      number\n      title\n      status\n      measures {\n        id\n        status\n      }\n      targets {\n        id\n        status\n      }\n    }\n  }\n": types.PlanDashboard_ActionPlanFragmentDoc,
    "\n  query PlanProgress($planId: ID!, $until: LocalDate) {\n    actionPlan(id: $planId) {\n      id\n      progressOverTime(until: $until) {\n        date\n        focusAreaNumber\n        averageProgress\n        status\n      }\n    }\n  }\n": types.PlanProgressDocument,
    "\n  query PlanEditor($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      organs {\n        id\n        name\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      communityId\n      title\n      periodFrom\n      periodTo\n      status\n      canEdit\n      nextStatuses\n      reporterCandidates {\n        id\n        name\n      }\n      focusAreas {\n        id\n        number\n        title\n        responsibleOrgan\n        responsibleOrganId\n        targets {\n          id\n          description\n          indicatorName\n          unit\n          baseline\n          targetValue\n          startsOn\n          dueDate\n        }\n        measures {\n          id\n          title\n          owner\n          ownerPartnerId\n          ownerOrganId\n          reporterUserId\n          startsOn\n          endsOn\n          patientGroups\n        }\n      }\n    }\n  }\n": types.PlanEditorDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      periodFrom\n      periodTo\n    }\n  }\n": types.UpdateActionPlanDocument,
    "\n  mutation AddFocusArea($input: AddFocusAreaInput!) {\n    addFocusArea(input: $input) {\n      id\n    }\n  }\n": types.AddFocusAreaDocument,
    "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      id\n    }\n  }\n": types.UpdateFocusAreaDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n    }\n  }\n": types.AddTargetDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n    }\n  }\n": types.UpdateTargetDocument,
    "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      id\n    }\n  }\n": types.AddMeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      id\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  fragment PlanHeader_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    periodTo\n    status\n    adoptedByCase\n    prolongedReason\n    prolongedByCase\n  }\n": types.PlanHeader_ActionPlanFragmentDoc,
    "\n  mutation AdoptActionPlan($input: AdoptActionPlanInput!) {\n    adoptActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdoptActionPlanDocument,
    "\n  mutation ProlongActionPlan($input: ProlongActionPlanInput!) {\n    prolongActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n": types.ProlongActionPlanDocument,
    "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n    }\n  }\n": types.CloseActionPlanDocument,
    "\n  fragment ReportPreview_StatusReport on StatusReport {\n    year\n    frozen\n    content\n    canWriteCommentaryOn\n    commentaryVersions {\n      focusAreaNumber\n      version\n    }\n  }\n": types.ReportPreview_StatusReportFragmentDoc,
    "\n  fragment ReportYears_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    statusReportYears {\n      year\n      frozen\n      caseReference\n      frozenAt\n    }\n  }\n": types.ReportYears_ActionPlanFragmentDoc,
    "\n  query StatusReportPlan($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canReadInternal\n      ...ReportYears_ActionPlan\n    }\n  }\n": types.StatusReportPlanDocument,
    "\n  query StatusReportView($planId: ID!, $year: Int!) {\n    actionPlan(id: $planId) {\n      id\n      statusReport(year: $year) {\n        id\n        year\n        frozen\n        frozenAt\n        caseReference\n        pdfUrl\n        canFreeze\n        ...ReportPreview_StatusReport\n      }\n    }\n  }\n": types.StatusReportViewDocument,
    "\n  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) {\n      id\n      reportedOn\n    }\n  }\n": types.PostStatusUpdateDocument,
    "\n  fragment TargetItem_Target on Target {\n    id\n    description\n    indicatorName\n    unit\n    baseline\n    targetValue\n    dueDate\n    latestValue\n    latestValueOn\n    status\n    canRecordValue\n  }\n": types.TargetItem_TargetFragmentDoc,
    "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    entityName\n    before\n    after\n  }\n": types.AuditEventsTable_AuditEventFragmentDoc,
    "\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n": types.AuditFilters_UserFragmentDoc,
    "\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n": types.AuditPageDocument,
    "\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n": types.CommunitiesDocument,
    "\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n": types.CommunityRow_CommunityFragmentDoc,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n      ...ActionPlansSection_Community\n    }\n  }\n": types.CommunityDocument,
    "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n": types.OrganCard_OrganFragmentDoc,
    "\n  fragment OrgansSection_Community on Community {\n    canEditRegister\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n": types.OrgansSection_CommunityFragmentDoc,
    "\n  fragment PartnersSection_Community on Community {\n    id\n    name\n    canEditRegister\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n": types.PartnersSection_CommunityFragmentDoc,
    "\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n": types.PartnersTable_PartnerFragmentDoc,
    "\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n": types.RegionalCouncilsSection_CommunityFragmentDoc,
    "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      municipalShare\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n": types.CostAllocationDocument,
    "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n": types.AllocationTable_CostAllocationFragmentDoc,
    "\n  fragment BudgetEditor_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    stateGrant\n    fixedShareRatio\n  }\n": types.BudgetEditor_CoordinatorBudgetFragmentDoc,
    "\n  mutation SaveCoordinatorBudget($input: SaveCoordinatorBudgetInput!) {\n    saveCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n": types.SaveCoordinatorBudgetDocument,
    "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n": types.BudgetSummary_CoordinatorBudgetFragmentDoc,
    "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      canEditCoordinatorBudgets\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n        ...BudgetEditor_CoordinatorBudget\n      }\n    }\n  }\n": types.CostAllocationPageDocument,
    "\n  mutation DeleteCoordinatorBudget($communityId: ID!, $budgetYear: Int!) {\n    deleteCoordinatorBudget(communityId: $communityId, budgetYear: $budgetYear)\n  }\n": types.DeleteCoordinatorBudgetDocument,
    "\n  mutation StartNextCoordinatorBudget($input: StartNextCoordinatorBudgetInput!) {\n    startNextCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n": types.StartNextCoordinatorBudgetDocument,
    "\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n": types.WhatIfForm_CostAllocationFragmentDoc,
    "\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n": types.CostAllocationWhatIfDocument,
    "\n  query AppointPersons($communityId: ID!) {\n    persons(communityId: $communityId) {\n      id\n      name\n      title\n      employer\n      side\n      partnerId\n    }\n    community(id: $communityId) {\n      id\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AppointPersonsDocument,
    "\n  mutation Appoint($input: AppointInput!) {\n    appoint(input: $input) {\n      id\n      role\n      startsOn\n      endsOn\n      person {\n        id\n        name\n      }\n      warnings {\n        kind\n        seatSide\n        personSide\n      }\n    }\n  }\n": types.AppointDocument,
    "\n  mutation CancelAppointment($id: ID!, $reason: String!) {\n    cancelAppointment(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancellationReason\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation EndAppointment($id: ID!, $endsOn: LocalDate!) {\n    endAppointment(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n": types.EndAppointmentDocument,
    "\n  fragment CompositionTable_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    holders(at: $at) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n    ...SeatHistory_Seat\n  }\n": types.CompositionTable_SeatFragmentDoc,
    "\n  fragment CouncilSeats_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    organId\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n": types.CouncilSeats_SeatFragmentDoc,
    "\n  query AppointmentsEndingSoon($communityId: ID!, $regionalCouncilId: ID, $withinDays: Int!) {\n    appointmentsEndingSoon(communityId: $communityId, regionalCouncilId: $regionalCouncilId, withinDays: $withinDays) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n      seat {\n        id\n        label\n      }\n    }\n  }\n": types.AppointmentsEndingSoonDocument,
    "\n  query OrganPage($communityId: ID!, $at: LocalDate!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n      }\n      organs {\n        id\n        name\n        kind\n        dissolvedOn\n        canManageSeats\n        rules {\n          chairRotationYears\n          officersElectedByOrganId\n        }\n        parity(at: $at) {\n          balanced\n          problems {\n            kind\n            hospital\n            municipal\n          }\n          hospitalVotingMembers\n          municipalVotingMembers\n          hospitalVotingSeats\n          municipalVotingSeats\n        }\n        vacancies(at: $at) {\n          id\n          label\n        }\n        seats {\n          id\n          ...CompositionTable_Seat\n        }\n      }\n    }\n  }\n": types.OrganPageDocument,
    "\n  query RegionalCouncilPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      organs {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n        members {\n          id\n          name\n          municipalityNumber\n        }\n        seats {\n          id\n          ...CouncilSeats_Seat\n        }\n      }\n    }\n  }\n": types.RegionalCouncilPageDocument,
    "\n  mutation CreateSeat($input: CreateSeatInput!) {\n    createSeat(input: $input) {\n      id\n      label\n    }\n  }\n": types.CreateSeatDocument,
    "\n  mutation RetireSeat($id: ID!, $retiredOn: LocalDate!) {\n    retireSeat(id: $id, retiredOn: $retiredOn) {\n      id\n      retiredOn\n    }\n  }\n": types.RetireSeatDocument,
    "\n  fragment SeatHistory_Seat on Seat {\n    id\n    label\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n": types.SeatHistory_SeatFragmentDoc,
    "\n  query OrganRulesPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      organs {\n        id\n        name\n        rules {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n        ruleVersions {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n      }\n    }\n  }\n": types.OrganRulesPageDocument,
    "\n  mutation ChangeOrganRules($input: ChangeOrganRulesInput!) {\n    changeOrganRules(input: $input) {\n      id\n    }\n  }\n": types.ChangeOrganRulesDocument,
    "\n  query PartnerPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      partners {\n        id\n        name\n        kind\n        municipalityNumber\n        joinedOn\n        noticeGivenOn\n        leftOn\n        populations {\n          year\n          population\n        }\n      }\n    }\n  }\n": types.PartnerPageDocument,
    "\n  mutation GivePartnerNotice($id: ID!, $input: GivePartnerNoticeInput!) {\n    givePartnerNotice(id: $id, input: $input) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n": types.GivePartnerNoticeDocument,
    "\n  mutation WithdrawPartnerNotice($id: ID!) {\n    updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n": types.WithdrawPartnerNoticeDocument,
    "\n  mutation SetPartnerPopulation($input: SetPopulationInput!) {\n    setPartnerPopulation(input: $input) {\n      id\n      populations {\n        year\n        population\n      }\n    }\n  }\n": types.SetPartnerPopulationDocument,
    "\n  query PopulationImportPage($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      canEditRegister\n    }\n  }\n": types.PopulationImportPageDocument,
    "\n  mutation PreviewPopulationImport($input: PreviewPopulationImportInput!) {\n    previewPopulationImport(input: $input) {\n      hash\n      changes {\n        line\n        partnerId\n        partnerName\n        municipalityNumber\n        year\n        before\n        after\n      }\n      problems {\n        line\n        reason\n        text\n      }\n    }\n  }\n": types.PreviewPopulationImportDocument,
    "\n  mutation ApplyPopulationImport($input: ApplyPopulationImportInput!) {\n    applyPopulationImport(input: $input) {\n      written\n      unchanged\n      skippedLines\n    }\n  }\n": types.ApplyPopulationImportDocument,
    "\n  query ActionPlanProgressReport($filter: ReportFilter!, $interval: ReportInterval) {\n    reports {\n      actionPlanProgress(filter: $filter, interval: $interval) {\n        from\n        to\n        staleAfterDays\n        communities {\n          communityId\n          communityName\n          plans\n          focusAreas\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n          focusAreasWithoutCommittee\n          focusAreasWithoutMeasures\n        }\n        focusAreas {\n          focusAreaId\n          communityName\n          planTitle\n          number\n          title\n          professionalCommittee\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n        }\n        overTime {\n          communityId\n          communityName\n          periodStart\n          asOf\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          averageProgress\n        }\n      }\n    }\n  }\n": types.ActionPlanProgressReportDocument,
    "\n  query RepresentationReport($filter: ReportFilter!) {\n    reports {\n      representation(filter: $filter) {\n        from\n        to\n        endingWithinDays\n        organs {\n          organId\n          communityName\n          organName\n          hospitalSeats\n          hospitalFilled\n          municipalSeats\n          municipalFilled\n          observerSeats\n          observerFilled\n          balanced\n          termsEnding\n        }\n        regionalCouncils {\n          regionalCouncilId\n          communityName\n          regionalCouncilName\n          seats\n          filled\n          termsEnding\n        }\n      }\n    }\n  }\n": types.RepresentationReportDocument,
    "\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n": types.IdentityProviderList_IdentityProviderFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n": types.SignInPageDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      canReadReports\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": types.GrantRoleForm_CommunityFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      hasPassword\n      usesIdentityProvider\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n": types.UsersPageDocument,
    "\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n": types.CommunityUsersDocument,
    "\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": types.UsersTable_CommunityFragmentDoc,
    "\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n": types.UsersTable_UserFragmentDoc,
    "\n  query Today {\n    today\n  }\n": types.TodayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      tokenPrefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLinkPage($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  query PasswordLinkPage($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanPage($communityId: ID!, $planId: ID!, $asOf: LocalDate) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canEdit\n      ...PlanHeader_ActionPlan\n      ...ReportYears_ActionPlan\n      ...PlanDashboard_ActionPlan\n      focusAreas(asOf: $asOf) {\n        id\n        ...FocusAreaItem_FocusArea\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanPage($communityId: ID!, $planId: ID!, $asOf: LocalDate) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canEdit\n      ...PlanHeader_ActionPlan\n      ...ReportYears_ActionPlan\n      ...PlanDashboard_ActionPlan\n      focusAreas(asOf: $asOf) {\n        id\n        ...FocusAreaItem_FocusArea\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionPlansSection_Community on Community {\n    id\n    canCreateActionPlan\n    actionPlans {\n      id\n      title\n      periodFrom\n      periodTo\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ActionPlansSection_Community on Community {\n    id\n    canCreateActionPlan\n    actionPlans {\n      id\n      title\n      periodFrom\n      periodTo\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!, $expectedVersion: Int!) {\n    setStatusReportCommentary(\n      planId: $planId\n      year: $year\n      focusAreaNumber: $focusAreaNumber\n      commentary: $commentary\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      year\n      commentaryVersions {\n        focusAreaNumber\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetStatusReportCommentary($planId: ID!, $year: Int!, $focusAreaNumber: Int!, $commentary: String!, $expectedVersion: Int!) {\n    setStatusReportCommentary(\n      planId: $planId\n      year: $year\n      focusAreaNumber: $focusAreaNumber\n      commentary: $commentary\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      year\n      commentaryVersions {\n        focusAreaNumber\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectStatusUpdate($input: CorrectStatusUpdateInput!) {\n    correctStatusUpdate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectStatusUpdate($input: CorrectStatusUpdateInput!) {\n    correctStatusUpdate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MoveFocusArea($input: MovePlanElementInput!) {\n      moveFocusArea(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation MoveFocusArea($input: MovePlanElementInput!) {\n      moveFocusArea(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MoveTarget($input: MovePlanElementInput!) {\n      moveTarget(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation MoveTarget($input: MovePlanElementInput!) {\n      moveTarget(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MoveMeasure($input: MovePlanElementInput!) {\n      moveMeasure(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation MoveMeasure($input: MovePlanElementInput!) {\n      moveMeasure(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetireFocusArea($input: RetirePlanElementInput!) {\n      retireFocusArea(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetireFocusArea($input: RetirePlanElementInput!) {\n      retireFocusArea(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetireTarget($input: RetirePlanElementInput!) {\n      retireTarget(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetireTarget($input: RetirePlanElementInput!) {\n      retireTarget(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetireMeasure($input: RetirePlanElementInput!) {\n      retireMeasure(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetireMeasure($input: RetirePlanElementInput!) {\n      retireMeasure(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusAreaItem_FocusArea on FocusArea {\n    id\n    number\n    title\n    responsibleOrgan\n    hasProfessionalCommittee\n    status\n    targets {\n      id\n      ...TargetItem_Target\n    }\n    measures {\n      id\n      title\n      status\n      startsOn\n      lastUpdateOn\n      ...MeasureItem_Measure\n    }\n  }\n"): (typeof documents)["\n  fragment FocusAreaItem_FocusArea on FocusArea {\n    id\n    number\n    title\n    responsibleOrgan\n    hasProfessionalCommittee\n    status\n    targets {\n      id\n      ...TargetItem_Target\n    }\n    measures {\n      id\n      title\n      status\n      startsOn\n      lastUpdateOn\n      ...MeasureItem_Measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeStatusReport($input: FreezeStatusReportInput!) {\n    freezeStatusReport(input: $input) {\n      id\n      year\n      frozen\n      frozenAt\n      caseReference\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeStatusReport($input: FreezeStatusReportInput!) {\n    freezeStatusReport(input: $input) {\n      id\n      year\n      frozen\n      frozenAt\n      caseReference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureItem_Measure on Measure {\n    id\n    title\n    owner\n    canPostStatus\n    startsOn\n    endsOn\n    patientGroups\n    progress\n    status\n    statusReason\n    lastUpdateOn\n    updates {\n      id\n      reportedOn\n      status\n      progress\n      comment\n      authorName\n      createdAt\n      correctsId\n      correctedById\n      canCorrect\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureItem_Measure on Measure {\n    id\n    title\n    owner\n    canPostStatus\n    startsOn\n    endsOn\n    patientGroups\n    progress\n    status\n    statusReason\n    lastUpdateOn\n    updates {\n      id\n      reportedOn\n      status\n      progress\n      comment\n      authorName\n      createdAt\n      correctsId\n      correctedById\n      canCorrect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanDashboard_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    focusAreas(asOf: $asOf) {\n      id\n      number\n      title\n      status\n      measures {\n        id\n        status\n      }\n      targets {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanDashboard_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    focusAreas(asOf: $asOf) {\n      id\n      number\n      title\n      status\n      measures {\n        id\n        status\n      }\n      targets {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProgress($planId: ID!, $until: LocalDate) {\n    actionPlan(id: $planId) {\n      id\n      progressOverTime(until: $until) {\n        date\n        focusAreaNumber\n        averageProgress\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanProgress($planId: ID!, $until: LocalDate) {\n    actionPlan(id: $planId) {\n      id\n      progressOverTime(until: $until) {\n        date\n        focusAreaNumber\n        averageProgress\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditor($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      organs {\n        id\n        name\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      communityId\n      title\n      periodFrom\n      periodTo\n      status\n      canEdit\n      nextStatuses\n      reporterCandidates {\n        id\n        name\n      }\n      focusAreas {\n        id\n        number\n        title\n        responsibleOrgan\n        responsibleOrganId\n        targets {\n          id\n          description\n          indicatorName\n          unit\n          baseline\n          targetValue\n          startsOn\n          dueDate\n        }\n        measures {\n          id\n          title\n          owner\n          ownerPartnerId\n          ownerOrganId\n          reporterUserId\n          startsOn\n          endsOn\n          patientGroups\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanEditor($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      organs {\n        id\n        name\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      communityId\n      title\n      periodFrom\n      periodTo\n      status\n      canEdit\n      nextStatuses\n      reporterCandidates {\n        id\n        name\n      }\n      focusAreas {\n        id\n        number\n        title\n        responsibleOrgan\n        responsibleOrganId\n        targets {\n          id\n          description\n          indicatorName\n          unit\n          baseline\n          targetValue\n          startsOn\n          dueDate\n        }\n        measures {\n          id\n          title\n          owner\n          ownerPartnerId\n          ownerOrganId\n          reporterUserId\n          startsOn\n          endsOn\n          patientGroups\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      periodFrom\n      periodTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) {\n      id\n      title\n      periodFrom\n      periodTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFocusArea($input: AddFocusAreaInput!) {\n    addFocusArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddFocusArea($input: AddFocusAreaInput!) {\n    addFocusArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {\n    updateFocusArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTarget($input: AddTargetInput!) {\n    addTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTarget($input: UpdateTargetInput!) {\n    updateTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanHeader_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    periodTo\n    status\n    adoptedByCase\n    prolongedReason\n    prolongedByCase\n  }\n"): (typeof documents)["\n  fragment PlanHeader_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    periodTo\n    status\n    adoptedByCase\n    prolongedReason\n    prolongedByCase\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptActionPlan($input: AdoptActionPlanInput!) {\n    adoptActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptActionPlan($input: AdoptActionPlanInput!) {\n    adoptActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProlongActionPlan($input: ProlongActionPlanInput!) {\n    prolongActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProlongActionPlan($input: ProlongActionPlanInput!) {\n    prolongActionPlan(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportPreview_StatusReport on StatusReport {\n    year\n    frozen\n    content\n    canWriteCommentaryOn\n    commentaryVersions {\n      focusAreaNumber\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ReportPreview_StatusReport on StatusReport {\n    year\n    frozen\n    content\n    canWriteCommentaryOn\n    commentaryVersions {\n      focusAreaNumber\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportYears_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    statusReportYears {\n      year\n      frozen\n      caseReference\n      frozenAt\n    }\n  }\n"): (typeof documents)["\n  fragment ReportYears_ActionPlan on ActionPlan {\n    id\n    periodFrom\n    lastReportYear\n    statusReportYears {\n      year\n      frozen\n      caseReference\n      frozenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportPlan($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canReadInternal\n      ...ReportYears_ActionPlan\n    }\n  }\n"): (typeof documents)["\n  query StatusReportPlan($communityId: ID!, $planId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      actionPlans {\n        id\n      }\n    }\n    actionPlan(id: $planId) {\n      id\n      title\n      canReadInternal\n      ...ReportYears_ActionPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportView($planId: ID!, $year: Int!) {\n    actionPlan(id: $planId) {\n      id\n      statusReport(year: $year) {\n        id\n        year\n        frozen\n        frozenAt\n        caseReference\n        pdfUrl\n        canFreeze\n        ...ReportPreview_StatusReport\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatusReportView($planId: ID!, $year: Int!) {\n    actionPlan(id: $planId) {\n      id\n      statusReport(year: $year) {\n        id\n        year\n        frozen\n        frozenAt\n        caseReference\n        pdfUrl\n        canFreeze\n        ...ReportPreview_StatusReport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) {\n      id\n      reportedOn\n    }\n  }\n"): (typeof documents)["\n  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {\n    postStatusUpdate(input: $input) {\n      id\n      reportedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetItem_Target on Target {\n    id\n    description\n    indicatorName\n    unit\n    baseline\n    targetValue\n    dueDate\n    latestValue\n    latestValueOn\n    status\n    canRecordValue\n  }\n"): (typeof documents)["\n  fragment TargetItem_Target on Target {\n    id\n    description\n    indicatorName\n    unit\n    baseline\n    targetValue\n    dueDate\n    latestValue\n    latestValueOn\n    status\n    canRecordValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    entityName\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    entityName\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n"): (typeof documents)["\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n"): (typeof documents)["\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n      ...ActionPlansSection_Community\n    }\n  }\n"): (typeof documents)["\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n      ...ActionPlansSection_Community\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n"): (typeof documents)["\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgansSection_Community on Community {\n    canEditRegister\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n"): (typeof documents)["\n  fragment OrgansSection_Community on Community {\n    canEditRegister\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersSection_Community on Community {\n    id\n    name\n    canEditRegister\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n"): (typeof documents)["\n  fragment PartnersSection_Community on Community {\n    id\n    name\n    canEditRegister\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      municipalShare\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n"): (typeof documents)["\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      municipalShare\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetEditor_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    stateGrant\n    fixedShareRatio\n  }\n"): (typeof documents)["\n  fragment BudgetEditor_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    stateGrant\n    fixedShareRatio\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCoordinatorBudget($input: SaveCoordinatorBudgetInput!) {\n    saveCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCoordinatorBudget($input: SaveCoordinatorBudgetInput!) {\n    saveCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n"): (typeof documents)["\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      canEditCoordinatorBudgets\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n        ...BudgetEditor_CoordinatorBudget\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      canEditCoordinatorBudgets\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n        ...BudgetEditor_CoordinatorBudget\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCoordinatorBudget($communityId: ID!, $budgetYear: Int!) {\n    deleteCoordinatorBudget(communityId: $communityId, budgetYear: $budgetYear)\n  }\n"): (typeof documents)["\n  mutation DeleteCoordinatorBudget($communityId: ID!, $budgetYear: Int!) {\n    deleteCoordinatorBudget(communityId: $communityId, budgetYear: $budgetYear)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartNextCoordinatorBudget($input: StartNextCoordinatorBudgetInput!) {\n    startNextCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n"): (typeof documents)["\n  mutation StartNextCoordinatorBudget($input: StartNextCoordinatorBudgetInput!) {\n    startNextCoordinatorBudget(input: $input) {\n      id\n      budgetYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n"): (typeof documents)["\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointPersons($communityId: ID!) {\n    persons(communityId: $communityId) {\n      id\n      name\n      title\n      employer\n      side\n      partnerId\n    }\n    community(id: $communityId) {\n      id\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppointPersons($communityId: ID!) {\n    persons(communityId: $communityId) {\n      id\n      name\n      title\n      employer\n      side\n      partnerId\n    }\n    community(id: $communityId) {\n      id\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Appoint($input: AppointInput!) {\n    appoint(input: $input) {\n      id\n      role\n      startsOn\n      endsOn\n      person {\n        id\n        name\n      }\n      warnings {\n        kind\n        seatSide\n        personSide\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Appoint($input: AppointInput!) {\n    appoint(input: $input) {\n      id\n      role\n      startsOn\n      endsOn\n      person {\n        id\n        name\n      }\n      warnings {\n        kind\n        seatSide\n        personSide\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!, $reason: String!) {\n    cancelAppointment(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($id: ID!, $reason: String!) {\n    cancelAppointment(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAppointment($id: ID!, $endsOn: LocalDate!) {\n    endAppointment(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation EndAppointment($id: ID!, $endsOn: LocalDate!) {\n    endAppointment(id: $id, endsOn: $endsOn) {\n      id\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompositionTable_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    holders(at: $at) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n    ...SeatHistory_Seat\n  }\n"): (typeof documents)["\n  fragment CompositionTable_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    holders(at: $at) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n    ...SeatHistory_Seat\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilSeats_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    organId\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CouncilSeats_Seat on Seat {\n    id\n    label\n    side\n    voting\n    position\n    organId\n    retiredOn\n    canAppoint\n    appointableRoles\n    appointingBody {\n      kind\n      name\n      regionalCouncilId\n      partnerId\n      organId\n    }\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      canChange\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsEndingSoon($communityId: ID!, $regionalCouncilId: ID, $withinDays: Int!) {\n    appointmentsEndingSoon(communityId: $communityId, regionalCouncilId: $regionalCouncilId, withinDays: $withinDays) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n      seat {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppointmentsEndingSoon($communityId: ID!, $regionalCouncilId: ID, $withinDays: Int!) {\n    appointmentsEndingSoon(communityId: $communityId, regionalCouncilId: $regionalCouncilId, withinDays: $withinDays) {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n      seat {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganPage($communityId: ID!, $at: LocalDate!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n      }\n      organs {\n        id\n        name\n        kind\n        dissolvedOn\n        canManageSeats\n        rules {\n          chairRotationYears\n          officersElectedByOrganId\n        }\n        parity(at: $at) {\n          balanced\n          problems {\n            kind\n            hospital\n            municipal\n          }\n          hospitalVotingMembers\n          municipalVotingMembers\n          hospitalVotingSeats\n          municipalVotingSeats\n        }\n        vacancies(at: $at) {\n          id\n          label\n        }\n        seats {\n          id\n          ...CompositionTable_Seat\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganPage($communityId: ID!, $at: LocalDate!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      partners {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n      }\n      organs {\n        id\n        name\n        kind\n        dissolvedOn\n        canManageSeats\n        rules {\n          chairRotationYears\n          officersElectedByOrganId\n        }\n        parity(at: $at) {\n          balanced\n          problems {\n            kind\n            hospital\n            municipal\n          }\n          hospitalVotingMembers\n          municipalVotingMembers\n          hospitalVotingSeats\n          municipalVotingSeats\n        }\n        vacancies(at: $at) {\n          id\n          label\n        }\n        seats {\n          id\n          ...CompositionTable_Seat\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalCouncilPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      organs {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n        members {\n          id\n          name\n          municipalityNumber\n        }\n        seats {\n          id\n          ...CouncilSeats_Seat\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionalCouncilPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      organs {\n        id\n        name\n      }\n      regionalCouncils {\n        id\n        name\n        members {\n          id\n          name\n          municipalityNumber\n        }\n        seats {\n          id\n          ...CouncilSeats_Seat\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeat($input: CreateSeatInput!) {\n    createSeat(input: $input) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeat($input: CreateSeatInput!) {\n    createSeat(input: $input) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireSeat($id: ID!, $retiredOn: LocalDate!) {\n    retireSeat(id: $id, retiredOn: $retiredOn) {\n      id\n      retiredOn\n    }\n  }\n"): (typeof documents)["\n  mutation RetireSeat($id: ID!, $retiredOn: LocalDate!) {\n    retireSeat(id: $id, retiredOn: $retiredOn) {\n      id\n      retiredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatHistory_Seat on Seat {\n    id\n    label\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeatHistory_Seat on Seat {\n    id\n    label\n    history {\n      id\n      role\n      startsOn\n      endsOn\n      deputyRank\n      deputyForAppointmentId\n      appointedBy\n      decisionReference\n      cancelledAt\n      cancellationReason\n      replacedByAppointmentId\n      person {\n        id\n        name\n        title\n        employer\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganRulesPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      organs {\n        id\n        name\n        rules {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n        ruleVersions {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganRulesPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      organs {\n        id\n        name\n        rules {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n        ruleVersions {\n          effectiveFrom\n          meetingsPerYear\n          caseSubmissionDeadlineDays\n          noticePeriodDays\n          noticePeriodMaxDays\n          extraordinaryNoticeDays\n          protocolDeadlineDays\n          minutesObjectionPeriodDays\n          decisionRule\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrganRules($input: ChangeOrganRulesInput!) {\n    changeOrganRules(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrganRules($input: ChangeOrganRulesInput!) {\n    changeOrganRules(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      partners {\n        id\n        name\n        kind\n        municipalityNumber\n        joinedOn\n        noticeGivenOn\n        leftOn\n        populations {\n          year\n          population\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPage($id: ID!) {\n    community(id: $id) {\n      id\n      shortName\n      canEditRegister\n      partners {\n        id\n        name\n        kind\n        municipalityNumber\n        joinedOn\n        noticeGivenOn\n        leftOn\n        populations {\n          year\n          population\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GivePartnerNotice($id: ID!, $input: GivePartnerNoticeInput!) {\n    givePartnerNotice(id: $id, input: $input) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  mutation GivePartnerNotice($id: ID!, $input: GivePartnerNoticeInput!) {\n    givePartnerNotice(id: $id, input: $input) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPartnerNotice($id: ID!) {\n    updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPartnerNotice($id: ID!) {\n    updatePartner(id: $id, input: { noticeGivenOn: null, leftOn: null }) {\n      id\n      noticeGivenOn\n      leftOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerPopulation($input: SetPopulationInput!) {\n    setPartnerPopulation(input: $input) {\n      id\n      populations {\n        year\n        population\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerPopulation($input: SetPopulationInput!) {\n    setPartnerPopulation(input: $input) {\n      id\n      populations {\n        year\n        population\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PopulationImportPage($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      canEditRegister\n    }\n  }\n"): (typeof documents)["\n  query PopulationImportPage($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      canEditRegister\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPopulationImport($input: PreviewPopulationImportInput!) {\n    previewPopulationImport(input: $input) {\n      hash\n      changes {\n        line\n        partnerId\n        partnerName\n        municipalityNumber\n        year\n        before\n        after\n      }\n      problems {\n        line\n        reason\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewPopulationImport($input: PreviewPopulationImportInput!) {\n    previewPopulationImport(input: $input) {\n      hash\n      changes {\n        line\n        partnerId\n        partnerName\n        municipalityNumber\n        year\n        before\n        after\n      }\n      problems {\n        line\n        reason\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyPopulationImport($input: ApplyPopulationImportInput!) {\n    applyPopulationImport(input: $input) {\n      written\n      unchanged\n      skippedLines\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyPopulationImport($input: ApplyPopulationImportInput!) {\n    applyPopulationImport(input: $input) {\n      written\n      unchanged\n      skippedLines\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanProgressReport($filter: ReportFilter!, $interval: ReportInterval) {\n    reports {\n      actionPlanProgress(filter: $filter, interval: $interval) {\n        from\n        to\n        staleAfterDays\n        communities {\n          communityId\n          communityName\n          plans\n          focusAreas\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n          focusAreasWithoutCommittee\n          focusAreasWithoutMeasures\n        }\n        focusAreas {\n          focusAreaId\n          communityName\n          planTitle\n          number\n          title\n          professionalCommittee\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n        }\n        overTime {\n          communityId\n          communityName\n          periodStart\n          asOf\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          averageProgress\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanProgressReport($filter: ReportFilter!, $interval: ReportInterval) {\n    reports {\n      actionPlanProgress(filter: $filter, interval: $interval) {\n        from\n        to\n        staleAfterDays\n        communities {\n          communityId\n          communityName\n          plans\n          focusAreas\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n          focusAreasWithoutCommittee\n          focusAreasWithoutMeasures\n        }\n        focusAreas {\n          focusAreaId\n          communityName\n          planTitle\n          number\n          title\n          professionalCommittee\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          targets {\n            completed\n            total\n          }\n          averageProgress\n          overdueMeasures\n          staleMeasures\n        }\n        overTime {\n          communityId\n          communityName\n          periodStart\n          asOf\n          measures {\n            onTrack\n            atRisk\n            delayed\n            completed\n            notStarted\n            cancelled\n            total\n          }\n          averageProgress\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepresentationReport($filter: ReportFilter!) {\n    reports {\n      representation(filter: $filter) {\n        from\n        to\n        endingWithinDays\n        organs {\n          organId\n          communityName\n          organName\n          hospitalSeats\n          hospitalFilled\n          municipalSeats\n          municipalFilled\n          observerSeats\n          observerFilled\n          balanced\n          termsEnding\n        }\n        regionalCouncils {\n          regionalCouncilId\n          communityName\n          regionalCouncilName\n          seats\n          filled\n          termsEnding\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepresentationReport($filter: ReportFilter!) {\n    reports {\n      representation(filter: $filter) {\n        from\n        to\n        endingWithinDays\n        organs {\n          organId\n          communityName\n          organName\n          hospitalSeats\n          hospitalFilled\n          municipalSeats\n          municipalFilled\n          observerSeats\n          observerFilled\n          balanced\n          termsEnding\n        }\n        regionalCouncils {\n          regionalCouncilId\n          communityName\n          regionalCouncilName\n          seats\n          filled\n          termsEnding\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n"): (typeof documents)["\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n"): (typeof documents)["\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      email\n      canReadReports\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      email\n      canReadReports\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      hasPassword\n      usesIdentityProvider\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      hasPassword\n      usesIdentityProvider\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n"): (typeof documents)["\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n"): (typeof documents)["\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    today\n  }\n"): (typeof documents)["\n  query Today {\n    today\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;