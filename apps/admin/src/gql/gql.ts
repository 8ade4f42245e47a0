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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n": typeof types.AuditEventsTable_AuditEventFragmentDoc,
    "\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n": typeof types.AuditFilters_UserFragmentDoc,
    "\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.AuditPageDocument,
    "\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n": typeof types.CommunityRow_CommunityFragmentDoc,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n": typeof types.OrganCard_OrganFragmentDoc,
    "\n  fragment OrgansSection_Community on Community {\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n": typeof types.OrgansSection_CommunityFragmentDoc,
    "\n  fragment PartnersSection_Community on Community {\n    name\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n": typeof types.PartnersSection_CommunityFragmentDoc,
    "\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n": typeof types.PartnersTable_PartnerFragmentDoc,
    "\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n": typeof types.RegionalCouncilsSection_CommunityFragmentDoc,
    "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n": typeof types.CostAllocationDocument,
    "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n": typeof types.AllocationTable_CostAllocationFragmentDoc,
    "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n": typeof types.BudgetSummary_CoordinatorBudgetFragmentDoc,
    "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n      }\n    }\n  }\n": typeof types.CostAllocationPageDocument,
    "\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n": typeof types.WhatIfForm_CostAllocationFragmentDoc,
    "\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n": typeof types.CostAllocationWhatIfDocument,
    "\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n": typeof types.IdentityProviderList_IdentityProviderFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": typeof types.GrantRoleForm_CommunityFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n": typeof types.CommunityUsersDocument,
    "\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": typeof types.UsersTable_CommunityFragmentDoc,
    "\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n": typeof types.UsersTable_UserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n": types.AuditEventsTable_AuditEventFragmentDoc,
    "\n  fragment AuditFilters_User on User {\n    id\n    name\n  }\n": types.AuditFilters_UserFragmentDoc,
    "\n  query AuditUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      name\n      ...AuditFilters_User\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!, $first: Int!, $before: String) {\n    auditEvents(filter: $filter, first: $first, before: $before) {\n      nextBefore\n      events {\n        id\n        ...AuditEventsTable_AuditEvent\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n    }\n  }\n": types.AuditPageDocument,
    "\n  query Communities {\n    communities {\n      id\n      ...CommunityRow_Community\n    }\n  }\n": types.CommunitiesDocument,
    "\n  fragment CommunityRow_Community on Community {\n    id\n    name\n    shortName\n    partners {\n      id\n      kind\n    }\n    regionalCouncils {\n      id\n    }\n    organs {\n      id\n    }\n  }\n": types.CommunityRow_CommunityFragmentDoc,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n    }\n  }\n": types.CommunityDocument,
    "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n": types.OrganCard_OrganFragmentDoc,
    "\n  fragment OrgansSection_Community on Community {\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n": types.OrgansSection_CommunityFragmentDoc,
    "\n  fragment PartnersSection_Community on Community {\n    name\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n": types.PartnersSection_CommunityFragmentDoc,
    "\n  fragment PartnersTable_Partner on Partner {\n    id\n    name\n    kind\n    municipalityNumber\n    leftOn\n    populations {\n      year\n      population\n    }\n    regionalCouncil {\n      id\n      name\n    }\n  }\n": types.PartnersTable_PartnerFragmentDoc,
    "\n  fragment RegionalCouncilsSection_Community on Community {\n    regionalCouncils {\n      id\n      name\n      members {\n        id\n        name\n        municipalityNumber\n      }\n    }\n  }\n": types.RegionalCouncilsSection_CommunityFragmentDoc,
    "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n": types.CostAllocationDocument,
    "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n": types.AllocationTable_CostAllocationFragmentDoc,
    "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n": types.BudgetSummary_CoordinatorBudgetFragmentDoc,
    "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n      }\n    }\n  }\n": types.CostAllocationPageDocument,
    "\n  fragment WhatIfForm_CostAllocation on CostAllocation {\n    municipalShare\n    fixedShareRatio\n    lines {\n      municipalityNumber\n      name\n      population\n      amount\n    }\n  }\n": types.WhatIfForm_CostAllocationFragmentDoc,
    "\n  query CostAllocationWhatIf($input: CostAllocationWhatIfInput!) {\n    costAllocationWhatIf(input: $input) {\n      ...AllocationTable_CostAllocation\n    }\n  }\n": types.CostAllocationWhatIfDocument,
    "\n  fragment IdentityProviderList_IdentityProvider on IdentityProvider {\n    name\n    signInUrl\n  }\n": types.IdentityProviderList_IdentityProviderFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInPage {\n    identityProviders {\n      signInUrl\n      ...IdentityProviderList_IdentityProvider\n    }\n  }\n": types.SignInPageDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment GrantRoleForm_Community on Community {\n    id\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": types.GrantRoleForm_CommunityFragmentDoc,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($roleGrantId: ID!) {\n    revokeRole(roleGrantId: $roleGrantId) {\n      id\n      roles {\n        id\n      }\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query UsersPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      ...UsersTable_Community\n      ...GrantRoleForm_Community\n    }\n  }\n": types.UsersPageDocument,
    "\n  query CommunityUsers($communityId: ID!) {\n    users(communityId: $communityId) {\n      id\n      ...UsersTable_User\n    }\n  }\n": types.CommunityUsersDocument,
    "\n  fragment UsersTable_Community on Community {\n    id\n    name\n    shortName\n    regionalCouncils {\n      id\n      name\n    }\n  }\n": types.UsersTable_CommunityFragmentDoc,
    "\n  fragment UsersTable_User on User {\n    id\n    name\n    email\n    hasPassword\n    usesIdentityProvider\n    roles {\n      id\n      role\n      communityId\n      regionalCouncilId\n    }\n  }\n": types.UsersTable_UserFragmentDoc,
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
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_AuditEvent on AuditEvent {\n    id\n    at\n    actorUserId\n    actorEmail\n    action\n    entityType\n    entityId\n    before\n    after\n  }\n"];
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
export function graphql(source: "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n    }\n  }\n"): (typeof documents)["\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      shortName\n      partners {\n        id\n        kind\n      }\n      ...PartnersSection_Community\n      ...RegionalCouncilsSection_Community\n      ...OrgansSection_Community\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n"): (typeof documents)["\n  fragment OrganCard_Organ on Organ {\n    id\n    name\n    kind\n    establishedOn\n    dissolvedOn\n    rules {\n      meetingsPerYear\n      caseSubmissionDeadlineDays\n      noticePeriodDays\n      noticePeriodMaxDays\n      extraordinaryNoticeDays\n      protocolDeadlineDays\n      minutesObjectionPeriodDays\n      decisionRule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgansSection_Community on Community {\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n"): (typeof documents)["\n  fragment OrgansSection_Community on Community {\n    organs {\n      id\n      ...OrganCard_Organ\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersSection_Community on Community {\n    name\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n"): (typeof documents)["\n  fragment PartnersSection_Community on Community {\n    name\n    partners {\n      id\n      populations {\n        year\n        population\n      }\n      ...PartnersTable_Partner\n    }\n  }\n"];
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
export function graphql(source: "\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n"): (typeof documents)["\n  query CostAllocation($communityId: ID!, $budgetYear: Int!) {\n    costAllocation(communityId: $communityId, budgetYear: $budgetYear) {\n      populationYear\n      ...AllocationTable_CostAllocation\n      ...WhatIfForm_CostAllocation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment AllocationTable_CostAllocation on CostAllocation {\n    municipalShare\n    totalPopulation\n    lines {\n      municipalityNumber\n      name\n      population\n      fixedPart\n      perCapitaPart\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n"): (typeof documents)["\n  fragment BudgetSummary_CoordinatorBudget on CoordinatorBudget {\n    budgetYear\n    costLines {\n      label\n      amount\n    }\n    totalCost\n    stateGrant\n    municipalShare\n    fixedShareRatio\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostAllocationPage($communityId: ID!) {\n    community(id: $communityId) {\n      id\n      name\n      shortName\n      coordinatorBudgets {\n        id\n        budgetYear\n        ...BudgetSummary_CoordinatorBudget\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      email\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      email\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n    communities {\n      id\n      shortName\n      regionalCouncils {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n      name\n      roles {\n        id\n        role\n        communityId\n        regionalCouncilId\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;