import {
  ActionPlanEntity,
  FocusAreaEntity,
  MeasureEntity,
  MeasureReporterEntity,
  StatusReportEntity,
  StatusUpdateEntity,
  TargetEntity,
} from '../modules/action-plan/action-plan.entity.js';
import { AppointmentEntity, PersonEntity, SeatEntity } from '../modules/appointment/appointment.entity.js';
import { ApiTokenEntity } from '../modules/api-token/api-token.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { PasswordLinkEntity } from '../modules/auth/password-link.entity.js';
import { RoleAssignmentEntity, SessionEntity, UserEntity } from '../modules/auth/user.entity.js';
import { CaseAttachmentEntity, CaseEntity, CaseLinkEntity, CaseNumberCounterEntity } from '../modules/case/case.entity.js';
import { CommunityEntity } from '../modules/community/community.entity.js';
import { CoordinatorBudgetCostLineEntity, CoordinatorBudgetEntity } from '../modules/cost-sharing/coordinator-budget.entity.js';
import { MailAttachmentEntity, MailOutboxAttachmentEntity } from '../modules/mail/mail-attachment.entity.js';
import { OutboxMessageEntity } from '../modules/mail/outbox-message.entity.js';
import {
  DecisionEntity,
  DecisionVoteEntity,
  FollowUpEntity,
  MeetingAttendanceEntity,
  MinutesCorrectionEntity,
  MinutesEntity,
  MinutesObjectionEntity,
} from '../modules/decision/decision.entity.js';
import { MeetingAbsenceEntity, MeetingNoticeCaseEntity, MeetingNoticeEntity } from '../modules/meeting-notice/meeting-notice.entity.js';
import { AgendaItemEntity, MeetingEntity, MeetingPlanEntity } from '../modules/meeting/meeting.entity.js';
import { OrganEntity, OrganRuleVersionEntity } from '../modules/organ/organ.entity.js';
import { PartnerEntity, PartnerPopulationEntity } from '../modules/partner/partner.entity.js';
import { RegionalCouncilEntity, RegionalCouncilMemberEntity } from '../modules/regional-council/regional-council.entity.js';

export const entities = [
  CommunityEntity,
  PartnerEntity,
  PartnerPopulationEntity,
  RegionalCouncilEntity,
  RegionalCouncilMemberEntity,
  OrganEntity,
  OrganRuleVersionEntity,
  CoordinatorBudgetEntity,
  CoordinatorBudgetCostLineEntity,
  UserEntity,
  RoleAssignmentEntity,
  SessionEntity,
  PasswordLinkEntity,
  OutboxMessageEntity,
  AuditEventEntity,
  PersonEntity,
  SeatEntity,
  AppointmentEntity,
  ActionPlanEntity,
  FocusAreaEntity,
  TargetEntity,
  MeasureEntity,
  MeasureReporterEntity,
  StatusUpdateEntity,
  StatusReportEntity,
  CaseNumberCounterEntity,
  CaseEntity,
  CaseAttachmentEntity,
  CaseLinkEntity,
  MeetingPlanEntity,
  MeetingEntity,
  AgendaItemEntity,
  ApiTokenEntity,
  MailAttachmentEntity,
  MailOutboxAttachmentEntity,
  MeetingNoticeEntity,
  MeetingAttendanceEntity,
  DecisionEntity,
  DecisionVoteEntity,
  MinutesEntity,
  MinutesObjectionEntity,
  MinutesCorrectionEntity,
  FollowUpEntity,
  MeetingNoticeCaseEntity,
  MeetingAbsenceEntity,
];
