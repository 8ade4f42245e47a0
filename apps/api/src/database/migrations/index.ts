import { InitialSchema1764064800000 } from './1764064800000-initial-schema.js';
import { AccountsAndAudit1764072000000 } from './1764072000000-accounts-and-audit.js';
import { SeatsAndAppointments1764079200000 } from './1764079200000-seats-and-appointments.js';
import { ActionPlanAndStatus1764086400000 } from './1764086400000-action-plan-and-status.js';
import { TruncateGuards1764900000000 } from './1764900000000-truncate-guards.js';
import { MoneyAndRanges1765000000000 } from './1765000000000-money-and-ranges.js';
import { PasswordAttempts1765100000000 } from './1765100000000-password-attempts.js';
import { PasswordLinks1765100100000 } from './1765100100000-password-links.js';
import { MailOutbox1765100200000 } from './1765100200000-mail-outbox.js';
import { AppointmentRulesInDatabase1765300000000 } from './1765300000000-appointment-rules-in-database.js';
import { StatusReportCommentaryVersions1765300001000 } from './1765300001000-status-report-commentary-versions.js';
import { StatusUpdateHistoryOrder1765400300000 } from './1765400300000-status-update-history-order.js';
import { SeatRetirementAndCancellation1765500100000 } from './1765500100000-seat-retirement-and-cancellation.js';
import { PartnerNotice1765500300000 } from './1765500300000-partner-notice.js';
import { OrganRuleVersions1765500301000 } from './1765500301000-organ-rule-versions.js';
import { ActionPlanAuthoring1765500200000 } from './1765500200000-action-plan-authoring.js';
import { MeasureReporters1765600200000 } from './1765600200000-measure-reporters.js';
import { CoordinatorBudgetVersion1765600201000 } from './1765600201000-coordinator-budget-version.js';
import { DraftCommentaryByFocusAreaId1765600202000 } from './1765600202000-draft-commentary-by-focus-area-id.js';
import { CasesAndMeetings1765700000000 } from './1765700000000-cases-and-meetings.js';
import { CaseRegister1765700100000 } from './1765700100000-case-register.js';
import { MeetingCancellation1765700200000 } from './1765700200000-meeting-cancellation.js';
import { MeetingNotice1765700300000 } from './1765700300000-meeting-notice.js';
import { ApiTokens1765800000000 } from './1765800000000-api-tokens.js';
import { DecisionsMinutesFollowUp1765900000000 } from './1765900000000-decisions-minutes-follow-up.js';
import { MunicipalityRole1765900300000 } from './1765900300000-municipality-role.js';
import { AttachmentSearch1766000000000 } from './1766000000000-attachment-search.js';

/** Every migration, oldest first; listed explicitly so the compiled API needs no file globbing. */
export const migrations = [
  InitialSchema1764064800000,
  AccountsAndAudit1764072000000,
  SeatsAndAppointments1764079200000,
  ActionPlanAndStatus1764086400000,
  TruncateGuards1764900000000,
  MoneyAndRanges1765000000000,
  PasswordAttempts1765100000000,
  PasswordLinks1765100100000,
  MailOutbox1765100200000,
  AppointmentRulesInDatabase1765300000000,
  StatusReportCommentaryVersions1765300001000,
  StatusUpdateHistoryOrder1765400300000,
  SeatRetirementAndCancellation1765500100000,
  PartnerNotice1765500300000,
  OrganRuleVersions1765500301000,
  ActionPlanAuthoring1765500200000,
  MeasureReporters1765600200000,
  CoordinatorBudgetVersion1765600201000,
  DraftCommentaryByFocusAreaId1765600202000,
  CasesAndMeetings1765700000000,
  CaseRegister1765700100000,
  MeetingCancellation1765700200000,
  MeetingNotice1765700300000,
  ApiTokens1765800000000,
  DecisionsMinutesFollowUp1765900000000,
  MunicipalityRole1765900300000,
  AttachmentSearch1766000000000,
];
