/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which audit events to show. */
export type AuditFilterInput = {
  /** The community. */
  communityId: string | number;
  /** One record. */
  entityId?: string | null | undefined;
  /** The kind of record: Community, Partner, PartnerPopulation, RegionalCouncil, Organ, CoordinatorBudget, User, RoleAssignment, Person, Seat, Appointment, StatusUpdate, StatusReport. */
  entityType?: string | null | undefined;
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Until this moment (exclusive). */
  to?: string | null | undefined;
  /** Changes made by this user. */
  userId?: string | number | null | undefined;
};

/** Figures for an allocation that is not stored: try other shares, ratios or populations. */
export type CostAllocationWhatIfInput = {
  /** Share split in equal parts, 0 to 1 (default 0.2). */
  fixedShareRatio?: number | null | undefined;
  /** Whole kroner to split among the municipalities. */
  municipalShare: number;
  /** The municipalities and their populations. */
  municipalities: Array<WhatIfMunicipalityInput>;
};

/** How the organ decides. */
export type DecisionRule =
  /** By consensus; consensus decisions bind the partners. */
  | 'CONSENSUS'
  /** By vote of the permanent members; when not unanimous, each vote is recorded. */
  | 'VOTE';

/** Give a person a role; creates their account when the e-mail is new. */
export type GrantRoleInput = {
  /** The community; leave out for national roles. */
  communityId?: string | number | null | undefined;
  /** E-mail of the person; identifies the account. */
  email: string;
  /** A first password for a new account without an identity provider. */
  initialPassword?: string | null | undefined;
  /** Full name, used when the account is new. */
  name: string;
  /** For REGIONAL_COUNCIL: the council the user acts for. */
  regionalCouncilId?: string | number | null | undefined;
  /** The role to give. */
  role: Role;
};

/** The kind of body. */
export type OrganKind =
  /** Dialogmøte: hospital board chair and the mayors. */
  | 'DIALOGUE_MEETING'
  /** Any other body, e.g. older structures such as OSO or KSU. */
  | 'OTHER'
  /** Partnerskapsmøte: the top organ. */
  | 'PARTNERSHIP_MEETING'
  /** Faglig samarbeidsutvalg (FSU). */
  | 'PROFESSIONAL_COMMITTEE'
  /** Samhandlingssekretariat. */
  | 'SECRETARIAT'
  /** Strategisk samarbeidsutvalg (SSU). */
  | 'STRATEGIC_COMMITTEE';

/** What kind of member of the community a partner is. */
export type PartnerKind =
  /** The hospital trust (helseforetak). */
  | 'HOSPITAL_TRUST'
  /** A municipality (kommune), with a four-digit municipality number. */
  | 'MUNICIPALITY';

/** What a user may do, in one community or (national roles) in all. */
export type Role =
  /** Reads everything but personal contact data; writes nothing. */
  | 'ANALYST'
  /** Reads reports of every community. */
  | 'NATIONAL_ANALYST'
  /** Registers communities and their first users. */
  | 'PLATFORM_ADMIN'
  /** Acts for one regional council: appoints to that council's seats. */
  | 'REGIONAL_COUNCIL'
  /** Administers the community: register, users and roles, audit log. */
  | 'SECRETARIAT'
  /** Reads internal papers; writes status updates for measures they own. */
  | 'SSU_MEMBER';

/** A municipality in a what-if allocation. */
export type WhatIfMunicipalityInput = {
  /** Four-digit municipality number, unique in the list. */
  municipalityNumber: string;
  /** Name, shown in the result. */
  name?: string | null | undefined;
  /** Population per 1 January; 0 means the municipality does not take part (as Bindal in the seed table). */
  population: number;
};

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AuditEventsTable_AuditEventFragment = { id: string, at: string, actorUserId: string | null, actorEmail: string | null, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null } & { ' $fragmentName'?: 'AuditEventsTable_AuditEventFragment' };

export type AuditFilters_UserFragment = { id: string, name: string } & { ' $fragmentName'?: 'AuditFilters_UserFragment' };

export type AuditUsersQueryVariables = Exact<{
  communityId: string | number;
}>;


export type AuditUsersQuery = { users: Array<(
    { id: string, name: string }
    & { ' $fragmentRefs'?: { 'AuditFilters_UserFragment': AuditFilters_UserFragment } }
  )> };

export type AuditEventsQueryVariables = Exact<{
  filter: AuditFilterInput;
  first: number;
  before?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { nextBefore: string | null, events: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AuditEventsTable_AuditEventFragment': AuditEventsTable_AuditEventFragment } }
    )> } };

export type AuditPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type AuditPageQuery = { community: { id: string, name: string, shortName: string } };

export type CommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesQuery = { communities: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'CommunityRow_CommunityFragment': CommunityRow_CommunityFragment } }
  )> };

export type CommunityRow_CommunityFragment = { id: string, name: string, shortName: string, partners: Array<{ id: string, kind: PartnerKind }>, regionalCouncils: Array<{ id: string }>, organs: Array<{ id: string }> } & { ' $fragmentName'?: 'CommunityRow_CommunityFragment' };

export type CommunityQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityQuery = { community: (
    { id: string, name: string, shortName: string, partners: Array<{ id: string, kind: PartnerKind }> }
    & { ' $fragmentRefs'?: { 'PartnersSection_CommunityFragment': PartnersSection_CommunityFragment;'RegionalCouncilsSection_CommunityFragment': RegionalCouncilsSection_CommunityFragment;'OrgansSection_CommunityFragment': OrgansSection_CommunityFragment } }
  ) };

export type OrganCard_OrganFragment = { id: string, name: string, kind: OrganKind, establishedOn: string | null, dissolvedOn: string | null, rules: { meetingsPerYear: number | null, caseSubmissionDeadlineDays: number | null, noticePeriodDays: number | null, noticePeriodMaxDays: number | null, extraordinaryNoticeDays: number | null, protocolDeadlineDays: number | null, minutesObjectionPeriodDays: number | null, decisionRule: DecisionRule } } & { ' $fragmentName'?: 'OrganCard_OrganFragment' };

export type OrgansSection_CommunityFragment = { organs: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'OrganCard_OrganFragment': OrganCard_OrganFragment } }
  )> } & { ' $fragmentName'?: 'OrgansSection_CommunityFragment' };

export type PartnersSection_CommunityFragment = { name: string, partners: Array<(
    { id: string, populations: Array<{ year: number, population: number }> }
    & { ' $fragmentRefs'?: { 'PartnersTable_PartnerFragment': PartnersTable_PartnerFragment } }
  )> } & { ' $fragmentName'?: 'PartnersSection_CommunityFragment' };

export type PartnersTable_PartnerFragment = { id: string, name: string, kind: PartnerKind, municipalityNumber: string | null, leftOn: string | null, populations: Array<{ year: number, population: number }>, regionalCouncil: { id: string, name: string } | null } & { ' $fragmentName'?: 'PartnersTable_PartnerFragment' };

export type RegionalCouncilsSection_CommunityFragment = { regionalCouncils: Array<{ id: string, name: string, members: Array<{ id: string, name: string, municipalityNumber: string | null }> }> } & { ' $fragmentName'?: 'RegionalCouncilsSection_CommunityFragment' };

export type CostAllocationQueryVariables = Exact<{
  communityId: string | number;
  budgetYear: number;
}>;


export type CostAllocationQuery = { costAllocation: (
    { populationYear: number | null }
    & { ' $fragmentRefs'?: { 'AllocationTable_CostAllocationFragment': AllocationTable_CostAllocationFragment;'WhatIfForm_CostAllocationFragment': WhatIfForm_CostAllocationFragment } }
  ) };

export type AllocationTable_CostAllocationFragment = { municipalShare: number, totalPopulation: number, lines: Array<{ municipalityNumber: string, name: string | null, population: number, fixedPart: number, perCapitaPart: number, amount: number }> } & { ' $fragmentName'?: 'AllocationTable_CostAllocationFragment' };

export type BudgetSummary_CoordinatorBudgetFragment = { budgetYear: number, totalCost: number, stateGrant: number, municipalShare: number, fixedShareRatio: number, costLines: Array<{ label: string, amount: number }> } & { ' $fragmentName'?: 'BudgetSummary_CoordinatorBudgetFragment' };

export type CostAllocationPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CostAllocationPageQuery = { community: { id: string, name: string, shortName: string, coordinatorBudgets: Array<(
      { id: string, budgetYear: number }
      & { ' $fragmentRefs'?: { 'BudgetSummary_CoordinatorBudgetFragment': BudgetSummary_CoordinatorBudgetFragment } }
    )> } };

export type WhatIfForm_CostAllocationFragment = { municipalShare: number, fixedShareRatio: number, lines: Array<{ municipalityNumber: string, name: string | null, population: number, amount: number }> } & { ' $fragmentName'?: 'WhatIfForm_CostAllocationFragment' };

export type CostAllocationWhatIfQueryVariables = Exact<{
  input: CostAllocationWhatIfInput;
}>;


export type CostAllocationWhatIfQuery = { costAllocationWhatIf: { ' $fragmentRefs'?: { 'AllocationTable_CostAllocationFragment': AllocationTable_CostAllocationFragment } } };

export type IdentityProviderList_IdentityProviderFragment = { name: string, signInUrl: string } & { ' $fragmentName'?: 'IdentityProviderList_IdentityProviderFragment' };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string } };

export type SignInPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPageQuery = { identityProviders: Array<(
    { signInUrl: string }
    & { ' $fragmentRefs'?: { 'IdentityProviderList_IdentityProviderFragment': IdentityProviderList_IdentityProviderFragment } }
  )> };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { id: string, name: string, email: string, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null }> } | null, communities: Array<{ id: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }> }> };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type GrantRoleForm_CommunityFragment = { id: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'GrantRoleForm_CommunityFragment' };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, name: string, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null }> } };

export type RevokeRoleMutationVariables = Exact<{
  roleGrantId: string | number;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, roles: Array<{ id: string }> } };

export type UsersPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type UsersPageQuery = { community: (
    { id: string, name: string, shortName: string }
    & { ' $fragmentRefs'?: { 'UsersTable_CommunityFragment': UsersTable_CommunityFragment;'GrantRoleForm_CommunityFragment': GrantRoleForm_CommunityFragment } }
  ) };

export type CommunityUsersQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CommunityUsersQuery = { users: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'UsersTable_UserFragment': UsersTable_UserFragment } }
  )> };

export type UsersTable_CommunityFragment = { id: string, name: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'UsersTable_CommunityFragment' };

export type UsersTable_UserFragment = { id: string, name: string, email: string | null, hasPassword: boolean, usesIdentityProvider: boolean, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null }> } & { ' $fragmentName'?: 'UsersTable_UserFragment' };

export const AuditEventsTable_AuditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditEventsTable_AuditEventFragment, unknown>;
export const AuditFilters_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFilters_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AuditFilters_UserFragment, unknown>;
export const CommunityRow_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRow_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunityRow_CommunityFragment, unknown>;
export const OrganCard_OrganFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}}]} as unknown as DocumentNode<OrganCard_OrganFragment, unknown>;
export const OrgansSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganCard_Organ"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}}]} as unknown as DocumentNode<OrgansSection_CommunityFragment, unknown>;
export const PartnersTable_PartnerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersTable_PartnerFragment, unknown>;
export const PartnersSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersTable_Partner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersSection_CommunityFragment, unknown>;
export const RegionalCouncilsSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RegionalCouncilsSection_CommunityFragment, unknown>;
export const AllocationTable_CostAllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<AllocationTable_CostAllocationFragment, unknown>;
export const BudgetSummary_CoordinatorBudgetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}}]}}]} as unknown as DocumentNode<BudgetSummary_CoordinatorBudgetFragment, unknown>;
export const WhatIfForm_CostAllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<WhatIfForm_CostAllocationFragment, unknown>;
export const IdentityProviderList_IdentityProviderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}}]}}]} as unknown as DocumentNode<IdentityProviderList_IdentityProviderFragment, unknown>;
export const GrantRoleForm_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoleForm_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantRoleForm_CommunityFragment, unknown>;
export const UsersTable_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersTable_CommunityFragment, unknown>;
export const UsersTable_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"usesIdentityProvider"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}}]}}]}}]} as unknown as DocumentNode<UsersTable_UserFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AuditUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFilters_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFilters_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AuditUsersQuery, AuditUsersQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextBefore"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRow_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRow_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Community"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersSection_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgansSection_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersTable_Partner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganCard_Organ"}}]}}]}}]} as unknown as DocumentNode<CommunityQuery, CommunityQueryVariables>;
export const CostAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationTable_CostAllocation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CostAllocationQuery, CostAllocationQueryVariables>;
export const CostAllocationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}}]}}]} as unknown as DocumentNode<CostAllocationPageQuery, CostAllocationPageQueryVariables>;
export const CostAllocationWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocationWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocationWhatIfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costAllocationWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationTable_CostAllocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CostAllocationWhatIfQuery, CostAllocationWhatIfQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}}]}}]} as unknown as DocumentNode<SignInPageQuery, SignInPageQueryVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleGrantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleGrantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleGrantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UsersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRoleForm_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoleForm_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const CommunityUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"usesIdentityProvider"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}}]}}]}}]} as unknown as DocumentNode<CommunityUsersQuery, CommunityUsersQueryVariables>;