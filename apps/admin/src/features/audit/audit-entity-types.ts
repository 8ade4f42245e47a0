import type { TFunction } from 'i18next';

/**
 * The record types the audit log knows, as the description of `AuditFilterInput.entityType` in
 * the API's schema lists them (a unit test keeps the two in step).
 */
export const auditEntityTypes = [
  'Community',
  'Partner',
  'PartnerPopulation',
  'PopulationImport',
  'RegionalCouncil',
  'Organ',
  'OrganRuleVersion',
  'CoordinatorBudget',
  'User',
  'RoleAssignment',
  'Person',
  'Seat',
  'Appointment',
  'StatusUpdate',
  'StatusReport',
  'Meeting',
  'MeetingPlan',
  'AgendaItem',
  'Case',
  'CaseAttachment',
  'MeetingNotice',
  'MeetingAbsence',
  'MeetingAttendance',
  'Decision',
  'FollowUp',
] as const;

export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditEntityType(value: string): value is AuditEntityType {
  return auditEntityTypes.some((type) => type === value);
}

const auditActions = ['CREATE', 'UPDATE', 'DELETE'] as const;

/** A record type in the UI's language; one the UI does not know yet is shown as the API names it. */
export function entityTypeLabel(entityType: string, t: TFunction): string {
  return isAuditEntityType(entityType) ? t(`audit.entityTypes.${entityType}`) : entityType;
}

export function actionLabel(action: string, t: TFunction): string {
  const known = auditActions.find((candidate) => candidate === action);
  return known ? t(`audit.actions.${known}`) : action;
}
