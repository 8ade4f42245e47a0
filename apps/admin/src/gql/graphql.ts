/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an action plan stands. */
export type ActionPlanStatus =
  /** Adopted by the partnership meeting, running in its period. */
  | 'ADOPTED'
  /** Finished; kept for history. */
  | 'CLOSED'
  /** Being written; internal to the community. */
  | 'DRAFT'
  /** Its period has passed and it was prolonged (e.g. SSU sak 26/2024) until its status is reported. */
  | 'PROLONGED';

/** A submitted case put last on a meeting's agenda; a late one needs the chair's exception. */
export type AddAgendaItemInput = {
  /** The case. */
  caseId: string | number;
  /** For a case submitted after the deadline: why the chair lets it on (e.g. that it cannot wait). Refused without, when late. */
  lateExceptionReason?: string | null | undefined;
  /** The meeting. */
  meetingId: string | number;
};

/** A new focus area at the end of the plan. */
export type AddFocusAreaInput = {
  /** The plan. */
  planId: string | number;
  /** The organ that carries it, usually a professional committee; an organ of the plan's community. */
  responsibleOrganId?: string | number | null | undefined;
  /** Title. */
  title: string;
};

/** A new measure at the end of a focus area; the title is required. */
export type AddMeasureInput = {
  /** End, not before the start; null for none. */
  endsOn?: string | null | undefined;
  /** The focus area. */
  focusAreaId: string | number;
  /** The organ that owns it (or give a partner); null for none. */
  ownerOrganId?: string | number | null | undefined;
  /** The partner that owns it (or give an organ); null for none. */
  ownerPartnerId?: string | number | null | undefined;
  /** The priority patient groups it serves. */
  patientGroups?: Array<PriorityPatientGroup> | null | undefined;
  /** The users who report on it (each may post its status), SSU members or the secretariat of the plan's community; at most 10; an empty list for none. */
  reporterUserIds?: Array<string | number> | null | undefined;
  /** Start; null for none. */
  startsOn?: string | null | undefined;
  /** What is done. */
  title?: string | null | undefined;
};

/** A new target at the end of a focus area; description, indicator and unit are required. */
export type AddTargetInput = {
  /** Value at the start, at most 1000000000000 in magnitude; null for none. */
  baseline?: number | null | undefined;
  /** What should be reached. */
  description?: string | null | undefined;
  /** When the target value should be reached; not before the start. */
  dueDate?: string | null | undefined;
  /** The focus area. */
  focusAreaId: string | number;
  /** The indicator that measures it. */
  indicatorName?: string | null | undefined;
  /** When the work towards it starts; null for the start of the plan. */
  startsOn?: string | null | undefined;
  /** Value to reach, at most 1000000000000 in magnitude; null for none. */
  targetValue?: number | null | undefined;
  /** Unit of the indicator, e.g. "%" or "dager". */
  unit?: string | null | undefined;
};

/** Adopting a draft plan: the case of the partnership meeting that adopted it. */
export type AdoptActionPlanInput = {
  /** The case that adopted it, e.g. "Partnerskapsmøtet sak 05-2025". */
  caseReference: string;
  /** The plan, a draft. */
  planId: string | number;
};

/** An organ's meeting plan for a year recorded as adopted (the agreement: before the year starts). */
export type AdoptMeetingPlanInput = {
  /** The day it was adopted: today or earlier; on or after 1 January of its year is late. */
  adoptedOn: string;
  /** The organ. */
  organId: string | number;
  /** The year of the plan. */
  year: number;
};

/** A case on a meeting’s agenda. */
export type AgendaItemKeyInput = {
  /** The case. */
  caseId: string | number;
  /** The meeting. */
  meetingId: string | number;
};

/** A previewed population file to write. */
export type ApplyPopulationImportInput = {
  /** The community whose municipalities the file gives figures for. */
  communityId: string | number;
  /** The file's text (the client decodes Latin-1 or UTF-8), at most 500000 characters. */
  csv: string;
  /** The hash the preview answered; a different file or changed figures are refused. */
  hash: string;
};

/** Appoint a person to a seat, by decision of its appointing body. */
export type AppointInput = {
  /** Reference of the decision, e.g. "IHR sak 12/2025". */
  decisionReference: string;
  /** For a personal deputy: the member appointment. */
  deputyForAppointmentId?: string | number | null | undefined;
  /** For the hospital's deputy list: the place on it, from 1. */
  deputyRank?: number | null | undefined;
  /** Last day; leave out for open-ended. */
  endsOn?: string | null | undefined;
  /** Register the person with the appointment. */
  newPerson?: PersonInput | null | undefined;
  /** A registered person; or give newPerson. */
  personId?: string | number | null | undefined;
  /** Replace the current member (and their personal deputy): their appointments end the day before this one starts. */
  replaceCurrent?: boolean;
  /** The role. */
  role: AppointmentRole;
  /** The seat. */
  seatId: string | number;
  /** First day. */
  startsOn: string;
};

/** Who appoints to a seat: exactly one of the ids, or a name for a body outside the community. */
export type AppointingBodyInput = {
  /** What kind of body. */
  kind: AppointingBodyKind;
  /** For EXTERNAL: the name, e.g. "KS". */
  name?: string | null | undefined;
  /** For ORGAN: the organ (e.g. the partnership meeting). */
  organId?: string | number | null | undefined;
  /** For PARTNER: the partner (e.g. the hospital trust). */
  partnerId?: string | number | null | undefined;
  /** For REGIONAL_COUNCIL: the council. */
  regionalCouncilId?: string | number | null | undefined;
};

/** What kind of body appoints to a seat. */
export type AppointingBodyKind =
  /** A body outside the community, e.g. KS or Statsforvalteren. */
  | 'EXTERNAL'
  /** An organ of the community, e.g. SSU or the partnership meeting. */
  | 'ORGAN'
  /** A partner, e.g. the hospital trust. */
  | 'PARTNER'
  /** A regional council (the municipal representatives). */
  | 'REGIONAL_COUNCIL';

/** What a person does on a seat. */
export type AppointmentRole =
  /** Chair, elected among the members. */
  | 'CHAIR'
  /** On the hospital's ordered deputy list. */
  | 'DEPUTY'
  /** Holds the seat. */
  | 'MEMBER'
  /** Observer with the right to speak. */
  | 'OBSERVER'
  /** A municipal member's personal deputy, for that member's period. */
  | 'PERSONAL_DEPUTY'
  /** Keeps the minutes. */
  | 'SECRETARY'
  /** Vice-chair, elected among the members. */
  | 'VICE_CHAIR';

/** Something about an appointment the appointing body may want to check; never a refusal. */
export type AppointmentWarningKind =
  /** The person works for the other side than the seat's (the hospital's director on a municipal seat). */
  | 'SIDE_MISMATCH';

/** Someone present at the meeting. */
export type AttendeeInput = {
  /** The appointment the person attends in (member, deputy or observer on the meeting date). */
  appointmentId: string | number;
  /** For a deputy standing in: the absent member's appointment (a personal deputy only for their own member). */
  standsInForAppointmentId?: string | number | null | undefined;
};

/** Which audit events to show. */
export type AuditFilterInput = {
  /** The community. */
  communityId: string | number;
  /** One record. */
  entityId?: string | null | undefined;
  /** The kind of record: Community, Partner, PartnerPopulation, PopulationImport, RegionalCouncil, Organ, OrganRuleVersion, CoordinatorBudget, User, RoleAssignment, Person, Seat, Appointment, StatusUpdate, StatusReport, Meeting, MeetingPlan, AgendaItem, Case, CaseAttachment, MeetingNotice, MeetingAbsence, MeetingAttendance, Decision, FollowUp. */
  entityType?: string | null | undefined;
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Until this moment (exclusive). */
  to?: string | null | undefined;
  /** Changes made by this user. */
  userId?: string | number | null | undefined;
};

/** Call in a deputy for an absent member. */
export type CallInDeputyInput = {
  /** The reported absence. */
  absenceId: string | number;
  /** The deputy's appointment: the member's personal deputy, or one from the hospital's list. */
  deputyAppointmentId: string | number;
};

/** A meeting cancelled, with the reason. */
export type CancelMeetingInput = {
  /** The meeting. */
  meetingId: string | number;
  /** Why it is cancelled (shown on the meeting). */
  reason: string;
  /** The version of the meeting the change was made from. */
  version: number;
};

/** How the organ handles a case. */
export type CaseKind =
  /** Vedtakssak / til konsensus: the organ decides. */
  | 'DECISION'
  /** Drøftingssak: the organ discusses it without a decision. */
  | 'DISCUSSION'
  /** Orienteringssak: the organ is informed and takes it to notice. */
  | 'ORIENTATION';

/** Where a case stands. */
export type CaseStatus =
  /** Decided (or taken to notice) at a meeting. */
  | 'DECIDED'
  /** Being prepared; known only inside the community. */
  | 'DRAFT'
  /** On a meeting's agenda. */
  | 'ON_AGENDA'
  /** Postponed at a meeting to a later one. */
  | 'POSTPONED'
  /** Submitted to the organ (the day counts against the submission deadline). */
  | 'SUBMITTED'
  /** Withdrawn by the secretariat. */
  | 'WITHDRAWN';

/** A change of a case file's public access: made public, or exempted with its legal basis (secretariat). */
export type ChangeCaseAttachmentAccessInput = {
  /** PUBLIC, or EXEMPT with a legal basis. */
  access: RecordAccess;
  /** The attachment. */
  attachmentId: string | number;
  /** The legal basis when exempt, e.g. "Offl. § 14"; empty when public. */
  exemptionBasis?: string | null | undefined;
};

/** A change of a case's status by the secretariat: submit, withdraw, back to draft. */
export type ChangeCaseStatusInput = {
  /** The case. */
  caseId: string | number;
  /** The version of the case the change was made on. */
  expectedVersion: number;
  /** SUBMITTED, WITHDRAWN or DRAFT; the agenda and the decision set the others. */
  status: CaseStatus;
  /** When submitting: the day it was submitted (default today; not in the future). */
  submittedOn?: string | null | undefined;
};

/** A new version of an organ's rules of procedure, in force from a date (today or later). */
export type ChangeOrganRulesInput = {
  /** Days before a meeting by which cases must be submitted (SSU: 28). */
  caseSubmissionDeadlineDays?: number | null | undefined;
  /** Consensus or vote. */
  decisionRule: DecisionRule;
  /** The day the rules take effect: today or later, so what earlier meetings and deadlines were bound by stays. */
  effectiveFrom: string;
  /** Days of notice for an extraordinary meeting (SSU: 7). */
  extraordinaryNoticeDays?: number | null | undefined;
  /** Ordinary meetings a year (SSU: 4). */
  meetingsPerYear?: number | null | undefined;
  /** Days within which an objection to the minutes must come, else they count as approved (SSU: 4). */
  minutesObjectionPeriodDays?: number | null | undefined;
  /** Days before a meeting the notice and papers are sent, at least (partnership meeting: 14). */
  noticePeriodDays?: number | null | undefined;
  /** Days before a meeting the notice is sent, at most (partnership meeting: 21). */
  noticePeriodMaxDays?: number | null | undefined;
  /** The organ. */
  organId: string | number;
  /** Days after a meeting by which the protocol or minutes must be sent or published (7). */
  protocolDeadlineDays?: number | null | undefined;
};

/** A correction of a decision: a new decision naming the one it corrects, with the reason. */
export type CorrectDecisionInput = {
  /** The current decision to correct. */
  decisionId: string | number;
  /** Consensus, vote, noted or postponed. */
  kind: DecisionKind;
  /** Why the decision is corrected. */
  reason: string;
  /** The decision text (vedtak); it may differ from the recommendation, and the difference is kept. */
  text: string;
  /** For a vote: each voting member’s vote, all of them when not unanimous. Left out or empty: a unanimous vote. Refused for other kinds. */
  votes?: Array<VoteInput> | null | undefined;
};

/** A correction of approved minutes: the corrected text and the reason; the approved text stays. */
export type CorrectMinutesInput = {
  /** The meeting. */
  meetingId: string | number;
  /** Why the minutes are corrected. */
  reason: string;
  /** The corrected text. */
  text: string;
};

/** A correcting entry for a wrong status update: it supersedes it, and both stay in the history. */
export type CorrectStatusUpdateInput = {
  /** What was wrong and what is right. */
  comment?: string;
  /** For a target: the indicator value. */
  indicatorValue?: number | null | undefined;
  /** For a measure: progress in percent. */
  progress?: number | null | undefined;
  /** The date the status describes; the wrong entry’s date when left out. */
  reportedOn?: string | null | undefined;
  /** For a measure: the traffic light. */
  status?: StatusLevel | null | undefined;
  /** The status update that was wrong. */
  updateId: string | number;
};

/** Figures for an allocation that is not stored: try other shares, ratios or populations. */
export type CostAllocationWhatIfInput = {
  /** Share split in equal parts, 0 to 1 (default 0.2). */
  fixedShareRatio?: number | null | undefined;
  /** Whole kroner to split among the municipalities, 0 to 1000000000000. */
  municipalShare: number;
  /** The municipalities and their populations. */
  municipalities: Array<WhatIfMunicipalityInput>;
};

/** A cost line of a budget. */
export type CostLineInput = {
  /** Whole kroner, 0 to 1000000000000. */
  amount: number;
  /** What the cost is. */
  label: string;
};

/** A new action plan: a draft until the partnership meeting adopts it. */
export type CreateActionPlanInput = {
  /** The community whose plan it is. */
  communityId: string | number;
  /** First year. */
  periodFrom: number;
  /** Last year: not before the first, at most ten years in all. */
  periodTo: number;
  /** Title, e.g. "Handlingsplan 2025–2028"; unique in the community. */
  title: string;
};

/** A new personal API token. */
export type CreateApiTokenInput = {
  /** Days until it expires, 1–365; 90 when left out. */
  days?: number;
  /** A name that says what uses it, 1–100 characters. */
  name: string;
};

/** A new organ. */
export type CreateOrganInput = {
  /** The community. */
  communityId: string | number;
  /** The day the organ was dissolved; empty while it exists. */
  dissolvedOn?: string | null | undefined;
  /** The day the organ was established. */
  establishedOn?: string | null | undefined;
  /** The kind of body. */
  kind: OrganKind;
  /** Name, unique in the community. */
  name: string;
  /** Rules of procedure. */
  rules: OrganRulesInput;
};

/** A new partner of a community. */
export type CreatePartnerInput = {
  /** The community the partner joins. */
  communityId: string | number;
  /** Date the partner joined. */
  joinedOn?: string | null | undefined;
  /** Municipality or hospital trust. */
  kind: PartnerKind;
  /** Date the partner left. */
  leftOn?: string | null | undefined;
  /** Four digits, required for municipalities, unique in the community. */
  municipalityNumber?: string | null | undefined;
  /** Name, e.g. "Rana". */
  name: string;
};

/** A new regional council with its member municipalities. */
export type CreateRegionalCouncilInput = {
  /** The community. */
  communityId: string | number;
  /** The member municipalities; a municipality belongs to one council at most. */
  memberPartnerIds: Array<string | number>;
  /** Name, unique in the community. */
  name: string;
};

/** A new seat of an organ. */
export type CreateSeatInput = {
  /** The body that appoints to the seat. */
  appointingBody: AppointingBodyInput;
  /** Name of the seat, unique in the organ. */
  label: string;
  /** The organ. */
  organId: string | number;
  /** Hospital, municipal or observer. */
  side: SeatSide;
  /** Voting right (observers never vote). */
  voting: boolean;
};

/** How a case was settled at a meeting (seed 002 § 4-2, § 4-3). */
export type DecisionKind =
  /** Decided by consensus: binds the partners. */
  | 'CONSENSUS'
  /** Taken to notice ("tatt til orientering"). */
  | 'NOTED'
  /** Postponed: the case moves to a later meeting (postponedToMeetingId), or waits to go on a later agenda. */
  | 'POSTPONED'
  /** Decided by vote; each voting member’s vote is recorded when it is not unanimous. */
  | 'VOTE';

/** How the organ decides. */
export type DecisionRule =
  /** By consensus; consensus decisions bind the partners. */
  | 'CONSENSUS'
  /** By vote of the permanent members; when not unanimous, each vote is recorded. */
  | 'VOTE';

/** A partner's local handling of a binding decision. */
export type FollowUpStatus =
  /** Adopted locally; names the local decision and its date. */
  | 'ADOPTED'
  /** Declined locally; names the local decision and its date. */
  | 'DECLINED'
  /** Being handled locally, e.g. on its way to the kommunestyre. */
  | 'IN_PROGRESS'
  /** Nothing recorded yet (or set back to not started). */
  | 'NOT_STARTED';

/** Freeze a year’s status report and attach it to a case. */
export type FreezeStatusReportInput = {
  /** The case the report is attached to, e.g. "SSU sak 04/2025". */
  caseReference: string;
  /** The plan. */
  planId: string | number;
  /** The year. */
  year: number;
};

/** A partner's written notice of leaving. */
export type GivePartnerNoticeInput = {
  /** The last day as a member: 31 December of a budget year at least one year after the notice; left out, the earliest such day. */
  leftOn?: string | null | undefined;
  /** The date the written notice was given. */
  noticeGivenOn: string;
};

/** Give a person a role. A new e-mail gets an account without a password and an invitation, sent to the address, to set one; an existing account keeps its credentials. */
export type GrantRoleInput = {
  /** The community; leave out for national roles. */
  communityId?: string | number | null | undefined;
  /** E-mail of the person; identifies the account. */
  email: string;
  /** Full name, used when the account is new. */
  name: string;
  /** For MUNICIPALITY: the municipality (partner) the user acts for. */
  partnerId?: string | number | null | undefined;
  /** For REGIONAL_COUNCIL: the council the user acts for. */
  regionalCouncilId?: string | number | null | undefined;
  /** The role to give. */
  role: Role;
};

/** A rule of the organ's procedure a meeting did not keep. */
export type MeetingBreachKind =
  /** A case on the agenda was submitted after the deadline (with or without the chair's exception). */
  | 'LATE_CASE'
  /** The meeting was held and its minutes are not published by the organ's deadline. */
  | 'MINUTES_OVERDUE'
  /** The minutes were published after the organ's deadline (the meeting's date plus its protocol deadline). */
  | 'MINUTES_PUBLISHED_LATE'
  /** The notice was sent later than the notice period allows. */
  | 'NOTICE_LATE'
  /** The notice should have been sent by now and has not been. */
  | 'NOTICE_OVERDUE';

/** An ordinary meeting of the yearly plan, or an extraordinary one called when needed. */
export type MeetingKind =
  /** Extraordinary: called when needed, with its own (shorter) notice period. */
  | 'EXTRAORDINARY'
  /** Ordinary: one of the meetings of the yearly meeting plan. */
  | 'ORDINARY';

/** What is amiss with a yearly meeting plan (the agreement: adopted before the year starts, with the meetings the rules ask for). */
export type MeetingPlanWarning =
  /** The plan was adopted on or after 1 January of its year. */
  | 'ADOPTED_LATE'
  /** Fewer ordinary meetings (not cancelled) than the organ's rules ask for in a year. */
  | 'FEWER_MEETINGS_THAN_RULES'
  /** The year has started and the plan is not adopted. */
  | 'NOT_ADOPTED_BEFORE_YEAR'
  /** The year has not started and the plan is not adopted yet: adopt it before 1 January. */
  | 'NOT_YET_ADOPTED';

/** Where a meeting stands: planned, notice sent, held; or cancelled. */
export type MeetingState =
  /** Cancelled, with a reason; it stays in the plan as cancelled. */
  | 'CANCELLED'
  /** The meeting has been held. */
  | 'HELD'
  /** The notice, agenda and papers have been sent to the participants. */
  | 'NOTICE_SENT'
  /** Planned: the notice has not been sent. */
  | 'PLANNED';

/** Where a meeting's minutes stand: drafted, sent for objections, objected to, approved, published. */
export type MinutesState =
  /** Approved: by silence when the objection period ended without objection. */
  | 'APPROVED'
  /** A draft the secretariat edits; not sent. */
  | 'DRAFT'
  /** A participant objected since the minutes were last sent: the secretariat resolves it and sends them again. */
  | 'OBJECTED'
  /** Approved and published: public for an open meeting. */
  | 'PUBLISHED'
  /** Sent to the participants, awaiting objections until the organ's objection period ends. */
  | 'SENT';

/** Which way to move an element among its siblings. */
export type MoveDirection =
  /** One place later. */
  | 'DOWN'
  /** One place earlier. */
  | 'UP';

/** Moving a focus area, target or measure one place among its siblings; ids, history and reports stay. */
export type MovePlanElementInput = {
  /** Up or down. */
  direction: MoveDirection;
  /** The focus area, target or measure (as the mutation names). */
  id: string | number;
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

/** An organ's rules of procedure (periods in days); left-out values are unknown. */
export type OrganRulesInput = {
  /** Days before a meeting by which cases must be submitted (SSU: 28). */
  caseSubmissionDeadlineDays?: number | null | undefined;
  /** Years a chair serves before the chair passes to the other side. */
  chairRotationYears?: number | null | undefined;
  /** Consensus or vote. */
  decisionRule: DecisionRule;
  /** Days of notice for an extraordinary meeting (SSU: 7). */
  extraordinaryNoticeDays?: number | null | undefined;
  /** Ordinary meetings a year (SSU: 4). */
  meetingsPerYear?: number | null | undefined;
  /** Days within which an objection to the minutes must come, else they count as approved (SSU: 4). */
  minutesObjectionPeriodDays?: number | null | undefined;
  /** Days before a meeting the notice and papers are sent, at least (partnership meeting: 14). */
  noticePeriodDays?: number | null | undefined;
  /** Days before a meeting the notice is sent, at most (partnership meeting: 21). */
  noticePeriodMaxDays?: number | null | undefined;
  /** The organ of the same community that elects the chair and vice-chair. */
  officersElectedByOrganId?: string | number | null | undefined;
  /** Days after a meeting by which the protocol or minutes must be sent or published (7). */
  protocolDeadlineDays?: number | null | undefined;
};

/** What breaks parity; every kind is a count per side. */
export type ParityProblemKind =
  /** The sides have different numbers of voting members holding their seats. */
  | 'MEMBERS_UNEQUAL'
  /** The sides have different numbers of voting seats. */
  | 'SEATS_UNEQUAL'
  /** Voting seats without a member. */
  | 'SEATS_VACANT';

/** What kind of member of the community a partner is. */
export type PartnerKind =
  /** The hospital trust (helseforetak). */
  | 'HOSPITAL_TRUST'
  /** A municipality (kommune), with a four-digit municipality number. */
  | 'MUNICIPALITY';

/** Why a link to set a password was sent. */
export type PasswordLinkPurpose =
  /** A new account: the person was given a role and sets their first password. */
  | 'INVITATION'
  /** The person asked to set a new password ("forgot password"). */
  | 'PASSWORD_RESET';

/** A person to register. */
export type PersonInput = {
  /** E-mail (personal). */
  email?: string | null | undefined;
  /** Employer. */
  employer?: string | null | undefined;
  /** Full name. */
  name: string;
  /** The partner the person works for (a municipality or the hospital trust): it gives their side. */
  partnerId?: string | number | null | undefined;
  /** Phone (personal). */
  phone?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Why a line of a population file is not used. */
export type PopulationLineProblemReason =
  /** The figure is not a whole number from 0 to the most a municipality can have. */
  | 'BAD_POPULATION'
  /** The year is not a year from 1900 to 2200. */
  | 'BAD_YEAR'
  /** An earlier line gives the same municipality and year; the earlier line counts. */
  | 'DUPLICATE'
  /** No figure: empty, or one of SSB's symbols for a missing value (".", "..", ":", "-"). */
  | 'MISSING_VALUE'
  /** No municipality of the community has this number. */
  | 'NOT_A_PARTNER'
  /** The region does not start with a four-digit municipality number (e.g. a county or "Hele landet"). */
  | 'NO_MUNICIPALITY_NUMBER'
  /** The line is not valid CSV (e.g. an unclosed quote). */
  | 'UNREADABLE_LINE';

/** A dated status entry for a measure (status, progress) or a target (indicator value). */
export type PostStatusUpdateInput = {
  /** What happened, what is next. */
  comment?: string;
  /** For a target: the indicator value, at most 1000000000000 in magnitude; a share (unit %) from 0 to 100. */
  indicatorValue?: number | null | undefined;
  /** The measure; or give targetId. */
  measureId?: string | number | null | undefined;
  /** For a measure: progress in percent. */
  progress?: number | null | undefined;
  /** The date the status describes: within the plan's years, not in the future, and for a measure not before it starts. */
  reportedOn: string;
  /** For a measure: the traffic light. */
  status?: StatusLevel | null | undefined;
  /** The target; or give measureId. */
  targetId?: string | number | null | undefined;
};

/** A population file to compare with the register. */
export type PreviewPopulationImportInput = {
  /** The community whose municipalities the file gives figures for. */
  communityId: string | number;
  /** The file's text (the client decodes Latin-1 or UTF-8), at most 500000 characters. */
  csv: string;
};

/** The four priority patient groups of the helsefellesskap. */
export type PriorityPatientGroup =
  /** Children and young people (barn og unge). */
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  /** Frail elderly (skrøpelige eldre). */
  | 'FRAIL_ELDERLY'
  /** People with several chronic illnesses. */
  | 'SEVERAL_CHRONIC_ILLNESSES'
  /** People with severe mental illness and substance abuse. */
  | 'SEVERE_MENTAL_ILLNESS_AND_SUBSTANCE_ABUSE';

/** Prolonging an adopted plan beyond its period, with the reason and the case that decided it. */
export type ProlongActionPlanInput = {
  /** The case that prolonged it, e.g. "SSU sak 26/2024". */
  caseReference: string;
  /** The plan, adopted. */
  planId: string | number;
  /** Why, e.g. "until its status can be reported". */
  reason: string;
};

/** A participant's objection to sent minutes. */
export type RaiseMinutesObjectionInput = {
  /** The meeting. */
  meetingId: string | number;
  /** The objection. */
  text: string;
};

/** Public access to a record (Noark 5 tilgangsrestriksjon). */
export type RecordAccess =
  /** Exempt from public access with a legal basis (skjermingshjemmel), e.g. "Offl. § 14". */
  | 'EXEMPT'
  /** Public. */
  | 'PUBLIC';

/** A meeting's attendance as a whole: everyone present, in one change. */
export type RecordAttendanceInput = {
  /** Everyone present; those left out were absent. */
  attendees: Array<AttendeeInput>;
  /** The meeting's version read; refused with CONFLICT when another change came first. Left out: no check. */
  expectedVersion?: number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
};

/** A case's decision at a meeting. */
export type RecordDecisionInput = {
  /** The case: on the agenda and sent out with the notice. */
  caseId: string | number;
  /** Consensus, vote, noted or postponed. */
  kind: DecisionKind;
  /** The meeting. */
  meetingId: string | number;
  /** For a postponed case: the later meeting of the same organ it moves to (one whose notice has not been sent; see Meeting.postponementTargets), whose agenda it joins at the end. Left out: the case waits, postponed, for the secretariat to put it on an agenda. Refused for other kinds. */
  postponedToMeetingId?: string | number | null | undefined;
  /** The decision text (vedtak); it may differ from the recommendation, and the difference is kept. */
  text: string;
  /** For a vote: each voting member’s vote, all of them when not unanimous. Left out or empty: a unanimous vote. Refused for other kinds. */
  votes?: Array<VoteInput> | null | undefined;
};

/** A partner's local handling of a binding decision, as the municipality (or the secretariat) records it. */
export type RecordFollowUpInput = {
  /** The decision (its original or any correction of it). */
  decisionId: string | number;
  /** The row's version as read (0 when nothing was recorded yet); a stale one is refused. */
  expectedVersion: number;
  /** The date of the local decision: not before the decision, not after today; required when ADOPTED or DECLINED. */
  localDate?: string | null | undefined;
  /** The local decision's reference, e.g. "K-sak 61/2022, Rødøy kommunestyre"; required when ADOPTED or DECLINED. */
  localReference?: string | null | undefined;
  /** A note on the handling. */
  note?: string | null | undefined;
  /** The partner whose handling this is. */
  partnerId: string | number;
  /** The local handling. */
  status: FollowUpStatus;
};

/** The chair's exception for a late case on the agenda, with the reason. */
export type RecordLateExceptionInput = {
  /** The case. */
  caseId: string | number;
  /** The meeting. */
  meetingId: string | number;
  /** Why the chair lets the case be handled though submitted late. */
  reason: string;
};

/** A new case of an organ; it gets the next number of the organ and year. */
export type RegisterCaseInput = {
  /** Public (default) or exempt from public access. */
  access?: RecordAccess | null | undefined;
  /** The archive reference ("Vår ref"), e.g. "2021/3288". */
  archiveReference?: string | null | undefined;
  /** The background, as formatted text (paragraphs, "- " lists, "1. " lists, **bold**). */
  background?: string | null | undefined;
  /** Who prepares the case (saksbehandler), by name. */
  caseworkers?: Array<string> | null | undefined;
  /** The date of the case document ("Dato dok"). */
  documentDate?: string | null | undefined;
  /** The legal basis of an exemption, e.g. "Offl. § 14"; required when exempt. */
  exemptionBasis?: string | null | undefined;
  /** For a case of a body outside the community's own organs (kind OTHER): its own reference, e.g. "Styresak 052/2021". */
  externalReference?: string | null | undefined;
  /** The hospital's assessment, as formatted text. */
  hospitalAssessment?: string | null | undefined;
  /** How the organ handles the case. */
  kind: CaseKind;
  /** The municipalities' assessment, as formatted text. */
  municipalAssessment?: string | null | undefined;
  /** For a case of a past year recorded from the archive only: the number it was given. New cases always get the next number. */
  number?: number | null | undefined;
  /** The organ the case is registered to. */
  organId: string | number;
  /** The title the public sees of an exempt case; leave out to show only the reference. */
  publicTitle?: string | null | undefined;
  /** The recommendation (innstilling) as numbered points, in order. */
  recommendation?: Array<string> | null | undefined;
  /** The title, e.g. "Helsefellesskapet 2024 - anbefalinger til partnerskapsmøtet". */
  title: string;
  /** The year of the case: the current year (default) or, for papers recorded from the archive, an earlier one. */
  year?: number | null | undefined;
};

/** A meeting's agenda in a new order. */
export type ReorderAgendaInput = {
  /** Every case of the agenda, once each, in the new order. */
  caseIds: Array<string | number>;
  /** The meeting. */
  meetingId: string | number;
};

/** A member's absence (forfall) from a meeting. */
export type ReportAbsenceInput = {
  /** The meeting. */
  meetingId: string | number;
  /** The member's appointment on the meeting date. */
  memberAppointmentId: string | number;
  /** The reason, if the member gives one. */
  reason?: string | null | undefined;
};

/** What a report covers: communities and a period. At most 19 communities and 10 calendar years; more is refused with REPORT_TOO_MANY_COMMUNITIES or REPORT_RANGE_TOO_LONG. */
export type ReportFilter = {
  /** The communities, side by side; left out: every community the caller reads reports of (all of them for a national analyst). Asking for a community whose reports the caller may not read is refused (FORBIDDEN). */
  communityIds?: Array<string | number> | null | undefined;
  /** The first day of the period; left out: 1 January two years before `to`. */
  from?: string | null | undefined;
  /** The last day of the period, the day statuses are judged on; left out: today. */
  to?: string | null | undefined;
};

/** The steps of a report over time. */
export type ReportInterval =
  /** One point per quarter, judged on its last day (or on the period’s last day). */
  | 'QUARTER'
  /** One point per calendar year, judged on its last day (or on the period’s last day). */
  | 'YEAR';

/** How an objection to the minutes was resolved. */
export type ResolveMinutesObjectionInput = {
  /** The objection. */
  objectionId: string | number;
  /** The resolution, e.g. "Rettet i punkt 3". */
  resolution: string;
};

/** Retiring a focus area, target or measure: it is kept with its history and leaves the plan from a date. */
export type RetirePlanElementInput = {
  /** The focus area, target or measure (as the mutation names). */
  id: string | number;
  /** The first day it is no longer part of the plan; today when left out. */
  retiredOn?: string | null | undefined;
};

/** What a user may do, in one community or (national roles) in all. */
export type Role =
  /** Reads everything but personal contact data; writes nothing. */
  | 'ANALYST'
  /** Acts for one municipality: records its local follow-up of binding decisions; reads the community's internal papers. */
  | 'MUNICIPALITY'
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

/** The coordinator's budget for a year; replaces any budget of the same year. */
export type SaveCoordinatorBudgetInput = {
  /** The budget year. */
  budgetYear: number;
  /** The community. */
  communityId: string | number;
  /** The cost lines, in order. */
  costLines: Array<CostLineInput>;
  /** The version of the year's budget the change was made from (CoordinatorBudget.version, as loaded); left out only to make a year that has no budget. A save from an older version is refused with BUDGET_CHANGED. */
  expectedVersion?: number | null | undefined;
  /** Share split in equal parts, 0 to 1 (default 0.2). */
  fixedShareRatio?: number | null | undefined;
  /** State grant subtracted from the total, whole kroner, 0 to 1000000000000. */
  stateGrant: number;
};

/** A new meeting of an organ. */
export type ScheduleMeetingInput = {
  /** The date of the meeting in Norway. */
  date: string;
  /** The time it ends in Norway, HH:MM; left out when not known. */
  endTime?: string | null | undefined;
  /** Open to the public (the partnership meeting and the dialogue meeting are). */
  isOpen: boolean;
  /** Ordinary (of the yearly plan) or extraordinary. */
  kind: MeetingKind;
  /** The organ that meets. */
  organId: string | number;
  /** Where it is held; a place or a video link (or both) is needed. */
  place?: string | null | undefined;
  /** The time it starts in Norway, HH:MM (e.g. "10:00"). */
  startTime: string;
  /** The video link (https://…), for a meeting held on video or both. */
  videoUrl?: string | null | undefined;
};

/** Which side a seat belongs to. */
export type SeatSide =
  /** The hospital trust's side. */
  | 'HOSPITAL'
  /** The municipalities' side, appointed by the regional councils. */
  | 'MUNICIPAL'
  /** An observer with the right to speak, not to vote. */
  | 'OBSERVER';

/** A municipality's population per 1 January of a year. */
export type SetPopulationInput = {
  /** The municipality. */
  partnerId: string | number;
  /** Number of inhabitants, from 0 to 2000000. */
  population: number;
  /** The year; the figure is per 1 January of it. */
  year: number;
};

/** Starts next year's coordinator budget as a copy of a year's: its cost lines, state grant and fixed share. */
export type StartNextCoordinatorBudgetInput = {
  /** The community. */
  communityId: string | number;
  /** The budget year to copy; the new budget is for the year after it. */
  fromYear: number;
};

/** The traffic light of status reporting (see packages/status-schema). */
export type StatusLevel =
  /** Yellow: may miss its date or target. */
  | 'AT_RISK'
  /** Stopped; no longer pursued. */
  | 'CANCELLED'
  /** Done. */
  | 'COMPLETED'
  /** Red: behind its plan. */
  | 'DELAYED'
  /** Not begun yet. */
  | 'NOT_STARTED'
  /** Green: going as planned. */
  | 'ON_TRACK';

/** Changes to a plan's title, and to its years while it is a draft; a field left out stays as it is. */
export type UpdateActionPlanInput = {
  /** New first year (drafts only). */
  periodFrom?: number | null | undefined;
  /** New last year (drafts only). */
  periodTo?: number | null | undefined;
  /** The plan. */
  planId: string | number;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to a case's fields; those left out stay as they are. */
export type UpdateCaseInput = {
  /** Public (default) or exempt from public access. */
  access?: RecordAccess | null | undefined;
  /** The archive reference ("Vår ref"), e.g. "2021/3288". */
  archiveReference?: string | null | undefined;
  /** The background, as formatted text (paragraphs, "- " lists, "1. " lists, **bold**). */
  background?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** Who prepares the case (saksbehandler), by name. */
  caseworkers?: Array<string> | null | undefined;
  /** The date of the case document ("Dato dok"). */
  documentDate?: string | null | undefined;
  /** The legal basis of an exemption, e.g. "Offl. § 14"; required when exempt. */
  exemptionBasis?: string | null | undefined;
  /** The version of the case the change was made on; a later change refuses it with CONFLICT. */
  expectedVersion: number;
  /** For a case of a body outside the community's own organs (kind OTHER): its own reference, e.g. "Styresak 052/2021". */
  externalReference?: string | null | undefined;
  /** The hospital's assessment, as formatted text. */
  hospitalAssessment?: string | null | undefined;
  /** How the organ handles the case. */
  kind?: CaseKind | null | undefined;
  /** Other cases of the community listed among this case's papers, in order. */
  linkedCaseIds?: Array<string | number> | null | undefined;
  /** The municipalities' assessment, as formatted text. */
  municipalAssessment?: string | null | undefined;
  /** The title the public sees of an exempt case; leave out to show only the reference. */
  publicTitle?: string | null | undefined;
  /** The recommendation (innstilling) as numbered points, in order. */
  recommendation?: Array<string> | null | undefined;
  /** The title. */
  title?: string | null | undefined;
};

/** Changes to a community; fields left out stay as they are. */
export type UpdateCommunityInput = {
  /** Full name, unique. */
  name?: string | null | undefined;
  /** Short name for lists and headings. */
  shortName?: string | null | undefined;
};

/** Changes to a focus area; a field left out stays as it is, a null responsible organ removes it. */
export type UpdateFocusAreaInput = {
  /** The focus area. */
  focusAreaId: string | number;
  /** The organ that carries it; null for none. */
  responsibleOrganId?: string | number | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to a measure; a field left out stays as it is. */
export type UpdateMeasureInput = {
  /** End, not before the start; null for none. */
  endsOn?: string | null | undefined;
  /** The measure. */
  measureId: string | number;
  /** The organ that owns it (or give a partner); null for none. */
  ownerOrganId?: string | number | null | undefined;
  /** The partner that owns it (or give an organ); null for none. */
  ownerPartnerId?: string | number | null | undefined;
  /** The priority patient groups it serves. */
  patientGroups?: Array<PriorityPatientGroup> | null | undefined;
  /** The users who report on it (each may post its status), SSU members or the secretariat of the plan's community; at most 10; an empty list for none. */
  reporterUserIds?: Array<string | number> | null | undefined;
  /** Start; null for none. */
  startsOn?: string | null | undefined;
  /** What is done. */
  title?: string | null | undefined;
};

/** A meeting moved or changed: the complete new details, and the version they were read at. */
export type UpdateMeetingInput = {
  /** The date of the meeting in Norway. */
  date: string;
  /** The time it ends in Norway, HH:MM; left out when not known. */
  endTime?: string | null | undefined;
  /** Open to the public (the partnership meeting and the dialogue meeting are). */
  isOpen: boolean;
  /** Ordinary (of the yearly plan) or extraordinary. */
  kind: MeetingKind;
  /** The meeting. */
  meetingId: string | number;
  /** Where it is held; a place or a video link (or both) is needed. */
  place?: string | null | undefined;
  /** The time it starts in Norway, HH:MM (e.g. "10:00"). */
  startTime: string;
  /** The version of the meeting the change was made from; refused when it has changed since. */
  version: number;
  /** The video link (https://…), for a meeting held on video or both. */
  videoUrl?: string | null | undefined;
};

/** A new text of draft minutes (or of minutes being re-drafted after an objection). */
export type UpdateMinutesInput = {
  /** The whole text of the minutes. */
  body: string;
  /** The version read; refused when another change came first. */
  expectedVersion: number;
  /** The meeting. */
  meetingId: string | number;
};

/** Changes to an organ; fields left out stay as they are, null clears a date. */
export type UpdateOrganInput = {
  /** The day the organ was dissolved; empty while it exists. */
  dissolvedOn?: string | null | undefined;
  /** The day the organ was established. */
  establishedOn?: string | null | undefined;
  /** The kind of body; left out keeps it. */
  kind?: OrganKind | null | undefined;
  /** Name, unique in the community; left out keeps it. */
  name?: string | null | undefined;
  /** The complete rules of procedure, in force from today; rules the same as today's make no new version (as when only the officers' rules change). */
  rules?: OrganRulesInput | null | undefined;
};

/** Changes to a partner; fields left out stay as they are, null clears a date. */
export type UpdatePartnerInput = {
  /** Date the partner joined; null clears it. */
  joinedOn?: string | null | undefined;
  /** Last day as a member; null clears it. */
  leftOn?: string | null | undefined;
  /** Four digits, municipalities only. */
  municipalityNumber?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Date written notice of leaving was given; null withdraws it. */
  noticeGivenOn?: string | null | undefined;
};

/** Corrections of a registered person; a field left out stays as it is, null clears it (not the name). */
export type UpdatePersonInput = {
  /** E-mail (personal; the secretariat changes it); null for none. */
  email?: string | null | undefined;
  /** Employer; null for none. */
  employer?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** The partner the person works for (a municipality or the hospital trust), which gives their side; null for neither. */
  partnerId?: string | number | null | undefined;
  /** The person. */
  personId: string | number;
  /** Phone (personal; the secretariat changes it); null for none. */
  phone?: string | null | undefined;
  /** Title; null for none. */
  title?: string | null | undefined;
};

/** Changes to a regional council; fields left out stay as they are. */
export type UpdateRegionalCouncilInput = {
  /** The complete new list of member municipalities. */
  memberPartnerIds?: Array<string | number> | null | undefined;
  /** Name, unique in the community. */
  name?: string | null | undefined;
};

/** Changes to a target; a field left out stays as it is. */
export type UpdateTargetInput = {
  /** Value at the start, at most 1000000000000 in magnitude; null for none. */
  baseline?: number | null | undefined;
  /** What should be reached. */
  description?: string | null | undefined;
  /** When the target value should be reached; not before the start. */
  dueDate?: string | null | undefined;
  /** The indicator that measures it. */
  indicatorName?: string | null | undefined;
  /** When the work towards it starts; null for the start of the plan. */
  startsOn?: string | null | undefined;
  /** The target. */
  targetId: string | number;
  /** Value to reach, at most 1000000000000 in magnitude; null for none. */
  targetValue?: number | null | undefined;
  /** Unit of the indicator, e.g. "%" or "dager". */
  unit?: string | null | undefined;
};

/** One voting member’s vote. */
export type VoteInput = {
  /** The voting person (a member present, or a deputy standing in). */
  personId: string | number;
  /** For, against or abstaining. */
  vote: VoteValue;
};

/** One voting member’s vote. */
export type VoteValue =
  /** Abstains. */
  | 'ABSTAIN'
  /** Against. */
  | 'NO'
  /** For. */
  | 'YES';

/** A municipality in a what-if allocation. */
export type WhatIfMunicipalityInput = {
  /** Four-digit municipality number, unique in the list. */
  municipalityNumber: string;
  /** Name, shown in the result. */
  name?: string | null | undefined;
  /** Population per 1 January, 0 to 2000000; 0 means the municipality does not take part (as Bindal in the seed table). */
  population: number;
};

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, tokenPrefix: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type PasswordLinkPageQueryVariables = Exact<{
  token: string;
}>;


export type PasswordLinkPageQuery = { passwordLink: { purpose: PasswordLinkPurpose, email: string, name: string } | null };

export type SetPasswordWithLinkMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type SetPasswordWithLinkMutation = { setPasswordWithLink: { id: string } };

export type ActionPlanPageQueryVariables = Exact<{
  communityId: string | number;
  planId: string | number;
  asOf?: string | null | undefined;
}>;


export type ActionPlanPageQuery = { community: { id: string, name: string, shortName: string, actionPlans: Array<{ id: string }> }, actionPlan: (
    { id: string, title: string, canEdit: boolean, focusAreas: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'FocusAreaItem_FocusAreaFragment': FocusAreaItem_FocusAreaFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'PlanHeader_ActionPlanFragment': PlanHeader_ActionPlanFragment;'ReportYears_ActionPlanFragment': ReportYears_ActionPlanFragment;'PlanDashboard_ActionPlanFragment': PlanDashboard_ActionPlanFragment } }
  ) };

export type ActionPlansSection_CommunityFragment = { id: string, canCreateActionPlan: boolean, actionPlans: Array<{ id: string, title: string, periodFrom: number, periodTo: number, status: ActionPlanStatus }> } & { ' $fragmentName'?: 'ActionPlansSection_CommunityFragment' };

export type SetStatusReportCommentaryMutationVariables = Exact<{
  planId: string | number;
  year: number;
  focusAreaNumber: number;
  commentary: string;
  expectedVersion: number;
}>;


export type SetStatusReportCommentaryMutation = { setStatusReportCommentary: { id: string | null, year: number, commentaryVersions: Array<{ focusAreaNumber: number, version: number }> } };

export type CorrectStatusUpdateMutationVariables = Exact<{
  input: CorrectStatusUpdateInput;
}>;


export type CorrectStatusUpdateMutation = { correctStatusUpdate: { id: string } };

export type CreateActionPlanMutationVariables = Exact<{
  input: CreateActionPlanInput;
}>;


export type CreateActionPlanMutation = { createActionPlan: { id: string } };

export type MoveFocusAreaMutationVariables = Exact<{
  input: MovePlanElementInput;
}>;


export type MoveFocusAreaMutation = { moveFocusArea: { id: string } };

export type MoveTargetMutationVariables = Exact<{
  input: MovePlanElementInput;
}>;


export type MoveTargetMutation = { moveTarget: { id: string } };

export type MoveMeasureMutationVariables = Exact<{
  input: MovePlanElementInput;
}>;


export type MoveMeasureMutation = { moveMeasure: { id: string } };

export type RetireFocusAreaMutationVariables = Exact<{
  input: RetirePlanElementInput;
}>;


export type RetireFocusAreaMutation = { retireFocusArea: { id: string } };

export type RetireTargetMutationVariables = Exact<{
  input: RetirePlanElementInput;
}>;


export type RetireTargetMutation = { retireTarget: { id: string } };

export type RetireMeasureMutationVariables = Exact<{
  input: RetirePlanElementInput;
}>;


export type RetireMeasureMutation = { retireMeasure: { id: string } };

export type FocusAreaItem_FocusAreaFragment = { id: string, number: number, title: string, responsibleOrgan: string | null, hasProfessionalCommittee: boolean, status: StatusLevel, targets: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'TargetItem_TargetFragment': TargetItem_TargetFragment } }
  )>, measures: Array<(
    { id: string, title: string, status: StatusLevel, startsOn: string | null, lastUpdateOn: string | null }
    & { ' $fragmentRefs'?: { 'MeasureItem_MeasureFragment': MeasureItem_MeasureFragment } }
  )> } & { ' $fragmentName'?: 'FocusAreaItem_FocusAreaFragment' };

export type FreezeStatusReportMutationVariables = Exact<{
  input: FreezeStatusReportInput;
}>;


export type FreezeStatusReportMutation = { freezeStatusReport: { id: string | null, year: number, frozen: boolean, frozenAt: string | null, caseReference: string | null } };

export type MeasureItem_MeasureFragment = { id: string, title: string, owner: string | null, canPostStatus: boolean, startsOn: string | null, endsOn: string | null, patientGroups: Array<string>, progress: number | null, status: StatusLevel, statusReason: string | null, lastUpdateOn: string | null, updates: Array<{ id: string, reportedOn: string, status: StatusLevel | null, progress: number | null, comment: string, authorName: string, createdAt: string, correctsId: string | null, correctedById: string | null, canCorrect: boolean }> | null } & { ' $fragmentName'?: 'MeasureItem_MeasureFragment' };

export type PlanDashboard_ActionPlanFragment = { id: string, periodFrom: number, lastReportYear: number, focusAreas: Array<{ id: string, number: number, title: string, status: StatusLevel, measures: Array<{ id: string, status: StatusLevel }>, targets: Array<{ id: string, status: StatusLevel }> }> } & { ' $fragmentName'?: 'PlanDashboard_ActionPlanFragment' };

export type PlanProgressQueryVariables = Exact<{
  planId: string | number;
  until?: string | null | undefined;
}>;


export type PlanProgressQuery = { actionPlan: { id: string, progressOverTime: Array<{ date: string, focusAreaNumber: number, averageProgress: number | null, status: StatusLevel }> } };

export type PlanEditorQueryVariables = Exact<{
  communityId: string | number;
  planId: string | number;
}>;


export type PlanEditorQuery = { community: { id: string, name: string, shortName: string, partners: Array<{ id: string, name: string }>, organs: Array<{ id: string, name: string }> }, actionPlan: { id: string, communityId: string, title: string, periodFrom: number, periodTo: number, status: ActionPlanStatus, canEdit: boolean, nextStatuses: Array<ActionPlanStatus>, reporterCandidates: Array<{ id: string, name: string }>, focusAreas: Array<{ id: string, number: number, title: string, responsibleOrgan: string | null, responsibleOrganId: string | null, targets: Array<{ id: string, description: string, indicatorName: string, unit: string, baseline: number | null, targetValue: number | null, startsOn: string | null, dueDate: string | null }>, measures: Array<{ id: string, title: string, owner: string | null, ownerPartnerId: string | null, ownerOrganId: string | null, startsOn: string | null, endsOn: string | null, patientGroups: Array<string>, reporters: Array<{ id: string, name: string }> }> }> } };

export type UpdateActionPlanMutationVariables = Exact<{
  input: UpdateActionPlanInput;
}>;


export type UpdateActionPlanMutation = { updateActionPlan: { id: string, title: string, periodFrom: number, periodTo: number } };

export type AddFocusAreaMutationVariables = Exact<{
  input: AddFocusAreaInput;
}>;


export type AddFocusAreaMutation = { addFocusArea: { id: string } };

export type UpdateFocusAreaMutationVariables = Exact<{
  input: UpdateFocusAreaInput;
}>;


export type UpdateFocusAreaMutation = { updateFocusArea: { id: string } };

export type AddTargetMutationVariables = Exact<{
  input: AddTargetInput;
}>;


export type AddTargetMutation = { addTarget: { id: string } };

export type UpdateTargetMutationVariables = Exact<{
  input: UpdateTargetInput;
}>;


export type UpdateTargetMutation = { updateTarget: { id: string } };

export type AddMeasureMutationVariables = Exact<{
  input: AddMeasureInput;
}>;


export type AddMeasureMutation = { addMeasure: { id: string } };

export type UpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { id: string } };

export type PlanHeader_ActionPlanFragment = { id: string, periodFrom: number, periodTo: number, status: ActionPlanStatus, adoptedByCase: string | null, prolongedReason: string | null, prolongedByCase: string | null, adoptedByCaseLink: { id: string } | null, prolongedByCaseLink: { id: string } | null } & { ' $fragmentName'?: 'PlanHeader_ActionPlanFragment' };

export type AdoptActionPlanMutationVariables = Exact<{
  input: AdoptActionPlanInput;
}>;


export type AdoptActionPlanMutation = { adoptActionPlan: { id: string, status: ActionPlanStatus } };

export type ProlongActionPlanMutationVariables = Exact<{
  input: ProlongActionPlanInput;
}>;


export type ProlongActionPlanMutation = { prolongActionPlan: { id: string, status: ActionPlanStatus } };

export type CloseActionPlanMutationVariables = Exact<{
  planId: string | number;
}>;


export type CloseActionPlanMutation = { closeActionPlan: { id: string, status: ActionPlanStatus } };

export type ReportPreview_StatusReportFragment = { year: number, frozen: boolean, content: Record<string, unknown>, canWriteCommentaryOn: Array<number>, commentaryVersions: Array<{ focusAreaNumber: number, version: number }> } & { ' $fragmentName'?: 'ReportPreview_StatusReportFragment' };

export type ReportYears_ActionPlanFragment = { id: string, periodFrom: number, lastReportYear: number, statusReportYears: Array<{ year: number, frozen: boolean, caseReference: string | null, frozenAt: string | null }> } & { ' $fragmentName'?: 'ReportYears_ActionPlanFragment' };

export type StatusReportPlanQueryVariables = Exact<{
  communityId: string | number;
  planId: string | number;
}>;


export type StatusReportPlanQuery = { community: { id: string, name: string, shortName: string, actionPlans: Array<{ id: string }> }, actionPlan: (
    { id: string, title: string, canReadInternal: boolean }
    & { ' $fragmentRefs'?: { 'ReportYears_ActionPlanFragment': ReportYears_ActionPlanFragment } }
  ) };

export type StatusReportViewQueryVariables = Exact<{
  planId: string | number;
  year: number;
}>;


export type StatusReportViewQuery = { actionPlan: { id: string, statusReport: (
      { id: string | null, year: number, frozen: boolean, frozenAt: string | null, caseReference: string | null, pdfUrl: string, canFreeze: boolean, caseLink: { id: string } | null }
      & { ' $fragmentRefs'?: { 'ReportPreview_StatusReportFragment': ReportPreview_StatusReportFragment } }
    ) } };

export type PostStatusUpdateMutationVariables = Exact<{
  input: PostStatusUpdateInput;
}>;


export type PostStatusUpdateMutation = { postStatusUpdate: { id: string, reportedOn: string } };

export type TargetItem_TargetFragment = { id: string, description: string, indicatorName: string, unit: string, baseline: number | null, targetValue: number | null, dueDate: string | null, latestValue: number | null, latestValueOn: string | null, status: StatusLevel, canRecordValue: boolean } & { ' $fragmentName'?: 'TargetItem_TargetFragment' };

export type AuditEventsTable_AuditEventFragment = { id: string, at: string, actorUserId: string | null, actorEmail: string | null, action: string, entityType: string, entityId: string, entityName: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null } & { ' $fragmentName'?: 'AuditEventsTable_AuditEventFragment' };

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

export type ChangeCaseAttachmentAccessMutationVariables = Exact<{
  input: ChangeCaseAttachmentAccessInput;
}>;


export type ChangeCaseAttachmentAccessMutation = { changeCaseAttachmentAccess: { id: string } };

export type CaseListPageQueryVariables = Exact<{
  communityId: string | number;
  organId: string | number;
  year?: number | null | undefined;
  statuses?: Array<CaseStatus> | CaseStatus | null | undefined;
  kinds?: Array<CaseKind> | CaseKind | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, organs: Array<{ id: string, name: string }> }, cases: { totalCount: number, endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, reference: string, title: string | null, kind: CaseKind, status: CaseStatus, access: RecordAccess, exemptionBasis: string | null, submittedOn: string | null }> } };

export type RegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type RegisterCaseMutation = { registerCase: { id: string, reference: string } };

export type CasePageQueryVariables = Exact<{
  communityId: string | number;
  caseId: string | number;
}>;


export type CasePageQuery = { community: { id: string, shortName: string, canEditRegister: boolean }, case: { id: string, reference: string, title: string | null, kind: CaseKind, status: CaseStatus, access: RecordAccess, exemptionBasis: string | null, publicTitle: string | null, archiveReference: string | null, caseworkers: Array<string>, documentDate: string | null, submittedOn: string | null, contentVisible: boolean, version: number, organ: { id: string, name: string }, content: { recommendation: Array<string>, background: string, municipalAssessment: string, hospitalAssessment: string, attachments: Array<{ id: string, fileName: string | null, contentType: string, sizeBytes: number, access: RecordAccess, exemptionBasis: string | null, downloadPath: string | null }>, linkedCases: Array<{ id: string, reference: string, title: string | null }> } | null, decisions: Array<{ id: string, meetingId: string, kind: DecisionKind, decidedOn: string, text: string | null, postponedToMeetingId: string | null, postponedToDate: string | null, correctionReason: string | null, recordPdfUrl: string, counts: { yes: number, no: number, abstain: number } | null }> } };

export type UpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { updateCase: { id: string, version: number } };

export type ChangeCaseStatusMutationVariables = Exact<{
  input: ChangeCaseStatusInput;
}>;


export type ChangeCaseStatusMutation = { changeCaseStatus: { id: string, status: CaseStatus, version: number } };

export type RemoveCaseAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCaseAttachmentMutation = { removeCaseAttachment: { id: string } };

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
    { id: string, name: string, shortName: string, canEditRegister: boolean, partners: Array<{ id: string, kind: PartnerKind }> }
    & { ' $fragmentRefs'?: { 'PartnersSection_CommunityFragment': PartnersSection_CommunityFragment;'RegionalCouncilsSection_CommunityFragment': RegionalCouncilsSection_CommunityFragment;'OrgansSection_CommunityFragment': OrgansSection_CommunityFragment;'ActionPlansSection_CommunityFragment': ActionPlansSection_CommunityFragment } }
  ) };

export type OrganCard_OrganFragment = { id: string, name: string, kind: OrganKind, establishedOn: string | null, dissolvedOn: string | null, rules: { meetingsPerYear: number | null, caseSubmissionDeadlineDays: number | null, noticePeriodDays: number | null, noticePeriodMaxDays: number | null, extraordinaryNoticeDays: number | null, protocolDeadlineDays: number | null, minutesObjectionPeriodDays: number | null, decisionRule: DecisionRule } } & { ' $fragmentName'?: 'OrganCard_OrganFragment' };

export type OrgansSection_CommunityFragment = { canEditRegister: boolean, organs: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'OrganCard_OrganFragment': OrganCard_OrganFragment } }
  )> } & { ' $fragmentName'?: 'OrgansSection_CommunityFragment' };

export type PartnersSection_CommunityFragment = { id: string, name: string, canEditRegister: boolean, partners: Array<(
    { id: string, populations: Array<{ year: number, population: number }> }
    & { ' $fragmentRefs'?: { 'PartnersTable_PartnerFragment': PartnersTable_PartnerFragment } }
  )> } & { ' $fragmentName'?: 'PartnersSection_CommunityFragment' };

export type PartnersTable_PartnerFragment = { id: string, name: string, kind: PartnerKind, municipalityNumber: string | null, leftOn: string | null, populations: Array<{ year: number, population: number }>, regionalCouncil: { id: string, name: string } | null } & { ' $fragmentName'?: 'PartnersTable_PartnerFragment' };

export type RegionalCouncilsSection_CommunityFragment = { canEditRegister: boolean, regionalCouncils: Array<{ id: string, name: string, members: Array<{ id: string, name: string, municipalityNumber: string | null }> }> } & { ' $fragmentName'?: 'RegionalCouncilsSection_CommunityFragment' };

export type CostAllocationQueryVariables = Exact<{
  communityId: string | number;
  budgetYear: number;
}>;


export type CostAllocationQuery = { costAllocation: (
    { populationYear: number | null, municipalShare: number }
    & { ' $fragmentRefs'?: { 'AllocationTable_CostAllocationFragment': AllocationTable_CostAllocationFragment;'WhatIfForm_CostAllocationFragment': WhatIfForm_CostAllocationFragment } }
  ) };

export type AllocationTable_CostAllocationFragment = { municipalShare: number, totalPopulation: number, lines: Array<{ municipalityNumber: string, name: string | null, population: number, fixedPart: number, perCapitaPart: number, amount: number }> } & { ' $fragmentName'?: 'AllocationTable_CostAllocationFragment' };

export type BudgetEditor_CoordinatorBudgetFragment = { budgetYear: number, stateGrant: number, fixedShareRatio: number, version: number, costLines: Array<{ label: string, amount: number }> } & { ' $fragmentName'?: 'BudgetEditor_CoordinatorBudgetFragment' };

export type SaveCoordinatorBudgetMutationVariables = Exact<{
  input: SaveCoordinatorBudgetInput;
}>;


export type SaveCoordinatorBudgetMutation = { saveCoordinatorBudget: { id: string, budgetYear: number } };

export type BudgetSummary_CoordinatorBudgetFragment = { budgetYear: number, totalCost: number, stateGrant: number, municipalShare: number, fixedShareRatio: number, costLines: Array<{ label: string, amount: number }> } & { ' $fragmentName'?: 'BudgetSummary_CoordinatorBudgetFragment' };

export type CostAllocationPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CostAllocationPageQuery = { community: { id: string, name: string, shortName: string, canEditCoordinatorBudgets: boolean, coordinatorBudgets: Array<(
      { id: string, budgetYear: number }
      & { ' $fragmentRefs'?: { 'BudgetSummary_CoordinatorBudgetFragment': BudgetSummary_CoordinatorBudgetFragment;'BudgetEditor_CoordinatorBudgetFragment': BudgetEditor_CoordinatorBudgetFragment } }
    )> } };

export type DeleteCoordinatorBudgetMutationVariables = Exact<{
  communityId: string | number;
  budgetYear: number;
}>;


export type DeleteCoordinatorBudgetMutation = { deleteCoordinatorBudget: string };

export type StartNextCoordinatorBudgetMutationVariables = Exact<{
  input: StartNextCoordinatorBudgetInput;
}>;


export type StartNextCoordinatorBudgetMutation = { startNextCoordinatorBudget: { id: string, budgetYear: number } };

export type WhatIfForm_CostAllocationFragment = { municipalShare: number, fixedShareRatio: number, lines: Array<{ municipalityNumber: string, name: string | null, population: number, amount: number }> } & { ' $fragmentName'?: 'WhatIfForm_CostAllocationFragment' };

export type CostAllocationWhatIfQueryVariables = Exact<{
  input: CostAllocationWhatIfInput;
}>;


export type CostAllocationWhatIfQuery = { costAllocationWhatIf: { ' $fragmentRefs'?: { 'AllocationTable_CostAllocationFragment': AllocationTable_CostAllocationFragment } } };

export type MeetingDecisionsQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingDecisionsQuery = { meeting: { id: string, version: number, canRecordDecisions: boolean, postponementTargets: Array<{ meetingId: string, date: string, startTime: string, kind: MeetingKind }>, attendanceSheet: Array<{ appointmentId: string, name: string, seatLabel: string, role: string, deputyRank: number | null, absenceReported: boolean, present: boolean, standsInForAppointmentId: string | null, mayStandInFor: Array<string> }>, attendance: Array<{ appointmentId: string, personId: string, name: string, seatLabel: string, role: string, votes: boolean, standsInForName: string | null }>, quorum: { votingPresent: number, quorate: boolean } | null, agenda: Array<{ position: number, recommendationText: string | null, case: { id: string, reference: string, title: string | null }, decision: { id: string, kind: DecisionKind, text: string | null, decidedOn: string, differsFromRecommendation: boolean | null, correctionReason: string | null, recordPdfUrl: string, postponedToMeetingId: string | null, postponedToDate: string | null, votes: Array<{ personId: string, name: string, vote: VoteValue }>, counts: { yes: number, no: number, abstain: number, unanimous: boolean } | null } | null }> } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, version: number } };

export type CorrectDecisionMutationVariables = Exact<{
  input: CorrectDecisionInput;
}>;


export type CorrectDecisionMutation = { correctDecision: { id: string } };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string } };

export type FollowUpPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type FollowUpPageQuery = { community: { id: string, name: string, shortName: string } };

export type FollowUpOverviewQueryVariables = Exact<{
  communityId: string | number;
  from: string;
  to: string;
  olderThanDays?: number | null | undefined;
  partnerId?: string | number | null | undefined;
}>;


export type FollowUpOverviewQuery = { community: { id: string, followUpMatrix: { from: string, to: string, hasMore: boolean, partners: Array<{ id: string, name: string, kind: PartnerKind }>, decisions: Array<{ decision: { id: string, caseId: string, caseReference: string, caseTitle: string | null, organName: string, decidedOn: string }, rows: Array<{ partnerId: string, partnerName: string, status: FollowUpStatus, localReference: string | null, localDate: string | null, note: string | null, version: number, canRecord: boolean }> }> }, followUpsOverdue: Array<{ decision: { id: string, caseId: string, caseReference: string, caseTitle: string | null }, row: { partnerId: string, partnerName: string, status: FollowUpStatus, daysSinceDecision: number } }> } };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { decision: { id: string } } };

export type MeetingAttendancePanelQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MeetingAttendancePanelQuery = { meetingAttendance: { meetingId: string, mayCallInDeputies: boolean, members: Array<{ appointmentId: string, name: string, seatLabel: string, mayReport: boolean, absence: { id: string, reason: string | null, deputyAppointmentId: string | null, deputyName: string | null } | null, deputyCandidates: Array<{ appointmentId: string, name: string, role: string, deputyRank: number | null }> }> } };

export type ReportAbsenceMutationVariables = Exact<{
  input: ReportAbsenceInput;
}>;


export type ReportAbsenceMutation = { reportAbsence: { meetingId: string } };

export type WithdrawAbsenceMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAbsenceMutation = { withdrawAbsence: { meetingId: string } };

export type CallInDeputyMutationVariables = Exact<{
  input: CallInDeputyInput;
}>;


export type CallInDeputyMutation = { callInDeputy: { meetingId: string } };

export type MeetingNoticePageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type MeetingNoticePageQuery = { community: { id: string, shortName: string, canEditRegister: boolean } };

export type NoticePreviewPanelQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type NoticePreviewPanelQuery = { noticePreview: { meetingId: string, meetingDate: string, subject: string, pdfUrl: string, window: { requiredDays: number | null, latestOn: string | null, earliestOn: string | null, late: boolean }, recipients: Array<{ personId: string, name: string, email: string | null, roles: Array<string>, seatLabels: Array<string> }>, agenda: Array<{ position: number, caseId: string, reference: string, title: string | null, exemptionBasis: string | null }>, sent: { sentAt: string, recipientCount: number } | null } };

export type SendNoticeMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type SendNoticeMutation = { sendNotice: { meetingId: string, sent: { sentAt: string, recipientCount: number } | null } };

export type MeetingPageQueryVariables = Exact<{
  communityId: string | number;
  year: number;
}>;


export type MeetingPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, organs: Array<{ id: string, name: string, meetings: Array<{ id: string, version: number, date: string, startTime: string, endTime: string | null, place: string | null, videoUrl: string | null, isOpen: boolean, kind: MeetingKind, state: MeetingState, cancellationReason: string | null, submissionDeadline: string | null, agenda: Array<{ position: number, submittedOn: string | null, submittedLate: boolean, lateExceptionReason: string | null, case: { id: string, reference: string, title: string | null } }>, breaches: Array<{ kind: MeetingBreachKind, position: number | null, deadline: string, actual: string | null, excepted: boolean }>, agendaCandidates: Array<{ id: string, reference: string, title: string | null, submittedOn: string | null }> }> }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string } };

export type RemoveAgendaItemMutationVariables = Exact<{
  input: AgendaItemKeyInput;
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string } };

export type ReorderAgendaMutationVariables = Exact<{
  input: ReorderAgendaInput;
}>;


export type ReorderAgendaMutation = { reorderAgenda: { id: string } };

export type RecordLateExceptionMutationVariables = Exact<{
  input: RecordLateExceptionInput;
}>;


export type RecordLateExceptionMutation = { recordLateException: { id: string } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string } };

export type MeetingPlanPageQueryVariables = Exact<{
  communityId: string | number;
  year: number;
}>;


export type MeetingPlanPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, organs: Array<{ id: string, name: string, meetingPlan: { year: number, adoptedOn: string | null, warnings: Array<MeetingPlanWarning>, meetings: Array<{ id: string, date: string, startTime: string, endTime: string | null, place: string | null, isOpen: boolean, kind: MeetingKind, state: MeetingState }> }, rules: { meetingsPerYear: number | null } }> } };

export type AdoptMeetingPlanMutationVariables = Exact<{
  input: AdoptMeetingPlanInput;
}>;


export type AdoptMeetingPlanMutation = { adoptMeetingPlan: { year: number } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type MinutesPanelQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type MinutesPanelQuery = { meeting: { id: string, state: MeetingState, canDraftMinutes: boolean, minutes: { meetingId: string, state: MinutesState, body: string, version: number, sentAt: string | null, objectionDeadline: string | null, approvedOn: string | null, approvedBySilence: boolean | null, publishedAt: string | null, publicationDeadline: string | null, publishedLate: boolean, pdfUrl: string, canEdit: boolean, canSend: boolean, canPublish: boolean, canObject: boolean, canResolveObjections: boolean, canCorrect: boolean, untilApproval: { days: number, hours: number } | null, objections: Array<{ id: string, text: string, raisedAt: string, raisedByName: string | null, resolvedAt: string | null, resolution: string | null }>, corrections: Array<{ id: string, text: string, reason: string, recordedAt: string }> } | null } };

export type DraftMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type DraftMinutesMutation = { draftMinutes: { meetingId: string, state: MinutesState } };

export type UpdateMinutesMutationVariables = Exact<{
  input: UpdateMinutesInput;
}>;


export type UpdateMinutesMutation = { updateMinutes: { meetingId: string, version: number } };

export type SendMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type SendMinutesMutation = { sendMinutes: { meetingId: string, state: MinutesState } };

export type PublishMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type PublishMinutesMutation = { publishMinutes: { meetingId: string, state: MinutesState } };

export type RaiseMinutesObjectionMutationVariables = Exact<{
  input: RaiseMinutesObjectionInput;
}>;


export type RaiseMinutesObjectionMutation = { raiseMinutesObjection: { meetingId: string, state: MinutesState } };

export type ResolveMinutesObjectionMutationVariables = Exact<{
  input: ResolveMinutesObjectionInput;
}>;


export type ResolveMinutesObjectionMutation = { resolveMinutesObjection: { meetingId: string, state: MinutesState } };

export type CorrectMinutesMutationVariables = Exact<{
  input: CorrectMinutesInput;
}>;


export type CorrectMinutesMutation = { correctMinutes: { meetingId: string, state: MinutesState } };

export type AppointPersonsQueryVariables = Exact<{
  communityId: string | number;
}>;


export type AppointPersonsQuery = { persons: Array<{ id: string, name: string, title: string | null, employer: string | null, side: SeatSide | null, partnerId: string | null }>, community: { id: string, partners: Array<{ id: string, name: string, kind: PartnerKind }> } };

export type AppointMutationVariables = Exact<{
  input: AppointInput;
}>;


export type AppointMutation = { appoint: { id: string, role: AppointmentRole, startsOn: string, endsOn: string | null, person: { id: string, name: string }, warnings: Array<{ kind: AppointmentWarningKind, seatSide: SeatSide, personSide: SeatSide | null }> } };

export type CancelAppointmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { id: string, cancelledAt: string | null, cancellationReason: string | null } };

export type EndAppointmentMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type EndAppointmentMutation = { endAppointment: { id: string, endsOn: string | null } };

export type CompositionTable_SeatFragment = (
  { id: string, label: string, side: SeatSide, voting: boolean, position: number, retiredOn: string | null, canAppoint: boolean, appointableRoles: Array<AppointmentRole>, appointingBody: { kind: AppointingBodyKind, name: string, regionalCouncilId: string | null, partnerId: string | null, organId: string | null }, holders: Array<{ id: string, role: AppointmentRole, startsOn: string, endsOn: string | null, deputyRank: number | null, deputyForAppointmentId: string | null, canChange: boolean, person: { id: string, name: string, title: string | null, employer: string | null, email: string | null, phone: string | null, partnerId: string | null } }> }
  & { ' $fragmentRefs'?: { 'SeatHistory_SeatFragment': SeatHistory_SeatFragment } }
) & { ' $fragmentName'?: 'CompositionTable_SeatFragment' };

export type CouncilSeats_SeatFragment = { id: string, label: string, side: SeatSide, voting: boolean, position: number, organId: string, retiredOn: string | null, canAppoint: boolean, appointableRoles: Array<AppointmentRole>, appointingBody: { kind: AppointingBodyKind, name: string, regionalCouncilId: string | null, partnerId: string | null, organId: string | null }, history: Array<{ id: string, role: AppointmentRole, startsOn: string, endsOn: string | null, deputyRank: number | null, deputyForAppointmentId: string | null, appointedBy: string, decisionReference: string, cancelledAt: string | null, cancellationReason: string | null, replacedByAppointmentId: string | null, canChange: boolean, person: { id: string, name: string, title: string | null, employer: string | null, email: string | null, phone: string | null } }> } & { ' $fragmentName'?: 'CouncilSeats_SeatFragment' };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, title: string | null, employer: string | null, email: string | null, phone: string | null, partnerId: string | null } };

export type AppointmentsEndingSoonQueryVariables = Exact<{
  communityId: string | number;
  regionalCouncilId?: string | number | null | undefined;
  withinDays: number;
}>;


export type AppointmentsEndingSoonQuery = { appointmentsEndingSoon: Array<{ id: string, role: AppointmentRole, startsOn: string, endsOn: string | null, deputyRank: number | null, deputyForAppointmentId: string | null, person: { id: string, name: string, title: string | null, employer: string | null, email: string | null, phone: string | null }, seat: { id: string, label: string } }> };

export type OrganPageQueryVariables = Exact<{
  communityId: string | number;
  at: string;
}>;


export type OrganPageQuery = { community: { id: string, name: string, shortName: string, partners: Array<{ id: string, name: string }>, regionalCouncils: Array<{ id: string, name: string }>, organs: Array<{ id: string, name: string, kind: OrganKind, dissolvedOn: string | null, canManageSeats: boolean, rules: { chairRotationYears: number | null, officersElectedByOrganId: string | null }, parity: { balanced: boolean, hospitalVotingMembers: number, municipalVotingMembers: number, hospitalVotingSeats: number, municipalVotingSeats: number, problems: Array<{ kind: ParityProblemKind, hospital: number, municipal: number }> }, vacancies: Array<{ id: string, label: string }>, seats: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'CompositionTable_SeatFragment': CompositionTable_SeatFragment } }
      )> }> } };

export type RegionalCouncilPageQueryVariables = Exact<{
  communityId: string | number;
}>;


export type RegionalCouncilPageQuery = { community: { id: string, name: string, shortName: string, organs: Array<{ id: string, name: string }>, regionalCouncils: Array<{ id: string, name: string, members: Array<{ id: string, name: string, municipalityNumber: string | null }>, seats: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'CouncilSeats_SeatFragment': CouncilSeats_SeatFragment } }
      )> }> } };

export type CreateSeatMutationVariables = Exact<{
  input: CreateSeatInput;
}>;


export type CreateSeatMutation = { createSeat: { id: string, label: string } };

export type RetireSeatMutationVariables = Exact<{
  id: string | number;
  retiredOn: string;
}>;


export type RetireSeatMutation = { retireSeat: { id: string, retiredOn: string | null } };

export type SeatHistory_SeatFragment = { id: string, label: string, history: Array<{ id: string, role: AppointmentRole, startsOn: string, endsOn: string | null, deputyRank: number | null, deputyForAppointmentId: string | null, appointedBy: string, decisionReference: string, cancelledAt: string | null, cancellationReason: string | null, replacedByAppointmentId: string | null, decisionCase: { id: string } | null, person: { id: string, name: string, title: string | null, employer: string | null, email: string | null, phone: string | null } }> } & { ' $fragmentName'?: 'SeatHistory_SeatFragment' };

export type PublicCalendarQueryVariables = Exact<{
  communityId: string | number;
  year?: number | null | undefined;
}>;


export type PublicCalendarQuery = { publicCalendar: { communityId: string, communityName: string, year: number, organs: Array<{ organId: string, name: string, icalPath: string, meetings: Array<{ id: string, startsAt: string, endsAt: string | null, place: string | null, videoUrl: string | null, extraordinary: boolean, cancelled: boolean, noticeSent: boolean, agenda: Array<{ position: number, reference: string, title: string | null, exempt: boolean, exemptionBasis: string | null, decision: { kind: string, text: string | null } | null }>, minutes: { body: string, approvedOn: string, approvedBySilence: boolean, publishedAt: string, pdfUrl: string, corrections: Array<{ text: string, reason: string, recordedAt: string }> } | null }> }> } };

export type CommunityDetailsPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CommunityDetailsPageQuery = { community: { id: string, name: string, shortName: string, canEditRegister: boolean } };

export type UpdateCommunityDetailsMutationVariables = Exact<{
  id: string | number;
  input: UpdateCommunityInput;
}>;


export type UpdateCommunityDetailsMutation = { updateCommunity: { id: string, name: string, shortName: string } };

export type NewPartnerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type NewPartnerPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { id: string, name: string } };

export type OrganFormPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganFormPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, organs: Array<{ id: string, name: string, kind: OrganKind, establishedOn: string | null, dissolvedOn: string | null, rules: { meetingsPerYear: number | null, caseSubmissionDeadlineDays: number | null, noticePeriodDays: number | null, noticePeriodMaxDays: number | null, extraordinaryNoticeDays: number | null, protocolDeadlineDays: number | null, minutesObjectionPeriodDays: number | null, decisionRule: DecisionRule, officersElectedByOrganId: string | null, chairRotationYears: number | null } }> } };

export type CreateOrganMutationVariables = Exact<{
  input: CreateOrganInput;
}>;


export type CreateOrganMutation = { createOrgan: { id: string, name: string } };

export type UpdateOrganMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganInput;
}>;


export type UpdateOrganMutation = { updateOrgan: { id: string, name: string, kind: OrganKind, establishedOn: string | null, dissolvedOn: string | null } };

export type OrganRulesPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganRulesPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, organs: Array<{ id: string, name: string, rules: { effectiveFrom: string, meetingsPerYear: number | null, caseSubmissionDeadlineDays: number | null, noticePeriodDays: number | null, noticePeriodMaxDays: number | null, extraordinaryNoticeDays: number | null, protocolDeadlineDays: number | null, minutesObjectionPeriodDays: number | null, decisionRule: DecisionRule }, ruleVersions: Array<{ effectiveFrom: string, meetingsPerYear: number | null, caseSubmissionDeadlineDays: number | null, noticePeriodDays: number | null, noticePeriodMaxDays: number | null, extraordinaryNoticeDays: number | null, protocolDeadlineDays: number | null, minutesObjectionPeriodDays: number | null, decisionRule: DecisionRule }> }> } };

export type ChangeOrganRulesMutationVariables = Exact<{
  input: ChangeOrganRulesInput;
}>;


export type ChangeOrganRulesMutation = { changeOrganRules: { id: string } };

export type PartnerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, partners: Array<{ id: string, name: string, kind: PartnerKind, municipalityNumber: string | null, joinedOn: string | null, noticeGivenOn: string | null, leftOn: string | null, populations: Array<{ year: number, population: number }> }> } };

export type GivePartnerNoticeMutationVariables = Exact<{
  id: string | number;
  input: GivePartnerNoticeInput;
}>;


export type GivePartnerNoticeMutation = { givePartnerNotice: { id: string, noticeGivenOn: string | null, leftOn: string | null } };

export type UpdatePartnerDetailsMutationVariables = Exact<{
  id: string | number;
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerDetailsMutation = { updatePartner: { id: string, name: string, municipalityNumber: string | null, joinedOn: string | null } };

export type WithdrawPartnerNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPartnerNoticeMutation = { updatePartner: { id: string, noticeGivenOn: string | null, leftOn: string | null } };

export type SetPartnerPopulationMutationVariables = Exact<{
  input: SetPopulationInput;
}>;


export type SetPartnerPopulationMutation = { setPartnerPopulation: { id: string, populations: Array<{ year: number, population: number }> } };

export type PopulationImportPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PopulationImportPageQuery = { community: { id: string, name: string, shortName: string, canEditRegister: boolean } };

export type PreviewPopulationImportMutationVariables = Exact<{
  input: PreviewPopulationImportInput;
}>;


export type PreviewPopulationImportMutation = { previewPopulationImport: { hash: string, changes: Array<{ line: number, partnerId: string, partnerName: string, municipalityNumber: string, year: number, before: number | null, after: number }>, problems: Array<{ line: number, reason: PopulationLineProblemReason, text: string }> } };

export type ApplyPopulationImportMutationVariables = Exact<{
  input: ApplyPopulationImportInput;
}>;


export type ApplyPopulationImportMutation = { applyPopulationImport: { written: number, unchanged: number, skippedLines: number } };

export type RegionalCouncilFormPageQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionalCouncilFormPageQuery = { community: { id: string, shortName: string, canEditRegister: boolean, partners: Array<{ id: string, name: string, kind: PartnerKind, municipalityNumber: string | null, leftOn: string | null, regionalCouncil: { id: string, name: string } | null }>, regionalCouncils: Array<{ id: string, name: string, members: Array<{ id: string }> }> } };

export type CreateRegionalCouncilMutationVariables = Exact<{
  input: CreateRegionalCouncilInput;
}>;


export type CreateRegionalCouncilMutation = { createRegionalCouncil: { id: string, name: string } };

export type UpdateRegionalCouncilMutationVariables = Exact<{
  id: string | number;
  input: UpdateRegionalCouncilInput;
}>;


export type UpdateRegionalCouncilMutation = { updateRegionalCouncil: { id: string, name: string, members: Array<{ id: string }> } };

export type ActionPlanProgressReportQueryVariables = Exact<{
  filter: ReportFilter;
  interval?: ReportInterval | null | undefined;
}>;


export type ActionPlanProgressReportQuery = { reports: { actionPlanProgress: { from: string, to: string, staleAfterDays: number, communities: Array<{ communityId: string, communityName: string, plans: number, focusAreas: number, averageProgress: number | null, overdueMeasures: number, staleMeasures: number, focusAreasWithoutCommittee: number, focusAreasWithoutMeasures: number, measures: { onTrack: number, atRisk: number, delayed: number, completed: number, notStarted: number, cancelled: number, total: number }, targets: { completed: number, total: number } }>, focusAreas: Array<{ focusAreaId: string, communityName: string, planTitle: string, number: number, title: string, professionalCommittee: string | null, averageProgress: number | null, overdueMeasures: number, staleMeasures: number, measures: { onTrack: number, atRisk: number, delayed: number, completed: number, notStarted: number, cancelled: number, total: number }, targets: { completed: number, total: number } }>, overTime: Array<{ communityId: string, communityName: string, periodStart: string, asOf: string, averageProgress: number | null, measures: { onTrack: number, atRisk: number, delayed: number, completed: number, notStarted: number, cancelled: number, total: number } }> } } };

export type CasesMeetingsReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type CasesMeetingsReportQuery = { reports: { casesAndMeetings: { from: string, to: string, organs: Array<{ organId: string, communityName: string, organName: string, year: number, decisions: number, decisionCases: number, orientationCases: number, discussionCases: number, consensus: number, vote: number, noted: number, postponed: number, consensusShare: number | null, averageDaysToDecision: number | null, medianDaysToDecision: number | null, meetings: number, lateWithException: number, lateWithoutException: number, lateNotices: number, lateMinutes: number }> } } };

export type CostSharingReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type CostSharingReportQuery = { reports: { costSharing: { from: string, to: string, lines: Array<{ communityId: string, communityName: string, budgetYear: number, populationYear: number, municipalityNumber: string, municipalityName: string, population: number | null, populationShare: number | null, amount: number | null, kronerPerInhabitant: number | null, populationMissing: boolean }> } } };

export type FollowUpReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type FollowUpReportQuery = { reports: { followUp: { from: string, to: string, municipalities: Array<{ partnerId: string, communityName: string, municipalityNumber: string, municipalityName: string, decisions: number, adopted: number, inProgress: number, notStarted: number, declined: number, averageDaysToAdopt: number | null, medianDaysToAdopt: number | null }> } } };

export type RepresentationReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type RepresentationReportQuery = { reports: { representation: { from: string, to: string, endingWithinDays: number, organs: Array<{ organId: string, communityName: string, organName: string, hospitalSeats: number, hospitalFilled: number, municipalSeats: number, municipalFilled: number, observerSeats: number, observerFilled: number, balanced: boolean, termsEnding: number }>, regionalCouncils: Array<{ regionalCouncilId: string, communityName: string, regionalCouncilName: string, seats: number, filled: number, termsEnding: number }>, attendanceBySeat: Array<{ seatId: string, communityName: string, organName: string, seatLabel: string, called: number, attended: number, deputised: number, absent: number, share: number | null }>, attendanceByPerson: Array<{ personId: string, communityName: string, personName: string, called: number, attended: number, deputised: number, absent: number, share: number | null }>, attendanceByPartner: Array<{ partnerId: string | null, communityId: string, communityName: string, partnerName: string | null, called: number, attended: number, deputised: number, absent: number, share: number | null }> } } };

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


export type SessionQuery = { me: { id: string, name: string, email: string, canReadReports: boolean, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null, partnerId: string | null }> } | null, communities: Array<{ id: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }> }> };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type GrantRoleForm_CommunityFragment = { id: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }>, partners: Array<{ id: string, name: string, kind: PartnerKind }> } & { ' $fragmentName'?: 'GrantRoleForm_CommunityFragment' };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, name: string, hasPassword: boolean, usesIdentityProvider: boolean, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null, partnerId: string | null }> } };

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

export type UsersTable_CommunityFragment = { id: string, name: string, shortName: string, regionalCouncils: Array<{ id: string, name: string }>, partners: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'UsersTable_CommunityFragment' };

export type UsersTable_UserFragment = { id: string, name: string, email: string | null, hasPassword: boolean, usesIdentityProvider: boolean, roles: Array<{ id: string, role: Role, communityId: string | null, regionalCouncilId: string | null, partnerId: string | null }> } & { ' $fragmentName'?: 'UsersTable_UserFragment' };

export type TodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayQuery = { today: string };

export const ActionPlansSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActionPlansSection_CommunityFragment, unknown>;
export const TargetItem_TargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetItem_Target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"latestValueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordValue"}}]}}]} as unknown as DocumentNode<TargetItem_TargetFragment, unknown>;
export const MeasureItem_MeasureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureItem_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canPostStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"patientGroups"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateOn"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedById"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}}]}}]}}]} as unknown as DocumentNode<MeasureItem_MeasureFragment, unknown>;
export const FocusAreaItem_FocusAreaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocusAreaItem_FocusArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocusArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"hasProfessionalCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetItem_Target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureItem_Measure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetItem_Target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"latestValueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureItem_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canPostStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"patientGroups"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateOn"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedById"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}}]}}]}}]} as unknown as DocumentNode<FocusAreaItem_FocusAreaFragment, unknown>;
export const PlanDashboard_ActionPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDashboard_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportYear"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDashboard_ActionPlanFragment, unknown>;
export const PlanHeader_ActionPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanHeader_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByCase"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByCaseLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prolongedReason"}},{"kind":"Field","name":{"kind":"Name","value":"prolongedByCase"}},{"kind":"Field","name":{"kind":"Name","value":"prolongedByCaseLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanHeader_ActionPlanFragment, unknown>;
export const ReportPreview_StatusReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPreview_StatusReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"canWriteCommentaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"commentaryVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportPreview_StatusReportFragment, unknown>;
export const ReportYears_ActionPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportYears_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportYear"}},{"kind":"Field","name":{"kind":"Name","value":"statusReportYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]} as unknown as DocumentNode<ReportYears_ActionPlanFragment, unknown>;
export const AuditEventsTable_AuditEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditEventsTable_AuditEventFragment, unknown>;
export const AuditFilters_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFilters_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AuditFilters_UserFragment, unknown>;
export const CommunityRow_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRow_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunityRow_CommunityFragment, unknown>;
export const OrganCard_OrganFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}}]} as unknown as DocumentNode<OrganCard_OrganFragment, unknown>;
export const OrgansSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganCard_Organ"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}}]} as unknown as DocumentNode<OrgansSection_CommunityFragment, unknown>;
export const PartnersTable_PartnerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersTable_PartnerFragment, unknown>;
export const PartnersSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersTable_Partner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersSection_CommunityFragment, unknown>;
export const RegionalCouncilsSection_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RegionalCouncilsSection_CommunityFragment, unknown>;
export const AllocationTable_CostAllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<AllocationTable_CostAllocationFragment, unknown>;
export const BudgetEditor_CoordinatorBudgetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetEditor_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BudgetEditor_CoordinatorBudgetFragment, unknown>;
export const BudgetSummary_CoordinatorBudgetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}}]}}]} as unknown as DocumentNode<BudgetSummary_CoordinatorBudgetFragment, unknown>;
export const WhatIfForm_CostAllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<WhatIfForm_CostAllocationFragment, unknown>;
export const SeatHistory_SeatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatHistory_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<SeatHistory_SeatFragment, unknown>;
export const CompositionTable_SeatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionTable_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"canAppoint"}},{"kind":"Field","name":{"kind":"Name","value":"appointableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"appointingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatHistory_Seat"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatHistory_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<CompositionTable_SeatFragment, unknown>;
export const CouncilSeats_SeatFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilSeats_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"canAppoint"}},{"kind":"Field","name":{"kind":"Name","value":"appointableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"appointingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilSeats_SeatFragment, unknown>;
export const IdentityProviderList_IdentityProviderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}}]}}]} as unknown as DocumentNode<IdentityProviderList_IdentityProviderFragment, unknown>;
export const GrantRoleForm_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoleForm_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<GrantRoleForm_CommunityFragment, unknown>;
export const UsersTable_CommunityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersTable_CommunityFragment, unknown>;
export const UsersTable_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"usesIdentityProvider"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]} as unknown as DocumentNode<UsersTable_UserFragment, unknown>;
export const MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PasswordLinkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordLinkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PasswordLinkPageQuery, PasswordLinkPageQueryVariables>;
export const SetPasswordWithLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetPasswordWithLinkMutation, SetPasswordWithLinkMutationVariables>;
export const ActionPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanHeader_ActionPlan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportYears_ActionPlan"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDashboard_ActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocusAreaItem_FocusArea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetItem_Target"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"latestValueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasureItem_Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"canPostStatus"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"patientGroups"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateOn"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctsId"}},{"kind":"Field","name":{"kind":"Name","value":"correctedById"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanHeader_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByCase"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedByCaseLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prolongedReason"}},{"kind":"Field","name":{"kind":"Name","value":"prolongedByCase"}},{"kind":"Field","name":{"kind":"Name","value":"prolongedByCaseLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportYears_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportYear"}},{"kind":"Field","name":{"kind":"Name","value":"statusReportYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDashboard_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportYear"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocusAreaItem_FocusArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocusArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"hasProfessionalCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetItem_Target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdateOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasureItem_Measure"}}]}}]}}]} as unknown as DocumentNode<ActionPlanPageQuery, ActionPlanPageQueryVariables>;
export const SetStatusReportCommentaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStatusReportCommentary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focusAreaNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStatusReportCommentary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"focusAreaNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focusAreaNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"commentary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentary"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"commentaryVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SetStatusReportCommentaryMutation, SetStatusReportCommentaryMutationVariables>;
export const CorrectStatusUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectStatusUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectStatusUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctStatusUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectStatusUpdateMutation, CorrectStatusUpdateMutationVariables>;
export const CreateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const MoveFocusAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveFocusArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFocusArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveFocusAreaMutation, MoveFocusAreaMutationVariables>;
export const MoveTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveTargetMutation, MoveTargetMutationVariables>;
export const MoveMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveMeasureMutation, MoveMeasureMutationVariables>;
export const RetireFocusAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireFocusArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetirePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireFocusArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireFocusAreaMutation, RetireFocusAreaMutationVariables>;
export const RetireTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetirePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireTargetMutation, RetireTargetMutationVariables>;
export const RetireMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetirePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireMeasureMutation, RetireMeasureMutationVariables>;
export const FreezeStatusReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeStatusReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FreezeStatusReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeStatusReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}}]}}]}}]} as unknown as DocumentNode<FreezeStatusReportMutation, FreezeStatusReportMutationVariables>;
export const PlanProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressOverTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlanProgressQuery, PlanProgressQueryVariables>;
export const PlanEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"ownerPartnerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganId"}},{"kind":"Field","name":{"kind":"Name","value":"reporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"patientGroups"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanEditorQuery, PlanEditorQueryVariables>;
export const UpdateActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}}]}}]} as unknown as DocumentNode<UpdateActionPlanMutation, UpdateActionPlanMutationVariables>;
export const AddFocusAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddFocusArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFocusAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFocusArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddFocusAreaMutation, AddFocusAreaMutationVariables>;
export const UpdateFocusAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFocusArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFocusAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFocusArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateFocusAreaMutation, UpdateFocusAreaMutationVariables>;
export const AddTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddTargetMutation, AddTargetMutationVariables>;
export const UpdateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTargetMutation, UpdateTargetMutationVariables>;
export const AddMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMeasureMutation, AddMeasureMutationVariables>;
export const UpdateMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const AdoptActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdoptActionPlanMutation, AdoptActionPlanMutationVariables>;
export const ProlongActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProlongActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProlongActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prolongActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProlongActionPlanMutation, ProlongActionPlanMutationVariables>;
export const CloseActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseActionPlanMutation, CloseActionPlanMutationVariables>;
export const StatusReportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusReportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"canReadInternal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportYears_ActionPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportYears_ActionPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportYear"}},{"kind":"Field","name":{"kind":"Name","value":"statusReportYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]} as unknown as DocumentNode<StatusReportPlanQuery, StatusReportPlanQueryVariables>;
export const StatusReportViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusReportView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canFreeze"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportPreview_StatusReport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportPreview_StatusReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"canWriteCommentaryOn"}},{"kind":"Field","name":{"kind":"Name","value":"commentaryVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreaNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StatusReportViewQuery, StatusReportViewQueryVariables>;
export const PostStatusUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostStatusUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostStatusUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postStatusUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}}]}}]}}]} as unknown as DocumentNode<PostStatusUpdateMutation, PostStatusUpdateMutationVariables>;
export const AuditUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFilters_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFilters_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AuditUsersQuery, AuditUsersQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextBefore"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventsTable_AuditEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const ChangeCaseAttachmentAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseAttachmentAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseAttachmentAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseAttachmentAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseAttachmentAccessMutation, ChangeCaseAttachmentAccessMutationVariables>;
export const CaseListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]}}]} as unknown as DocumentNode<CaseListPageQuery, CaseListPageQueryVariables>;
export const RegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RegisterCaseMutation, RegisterCaseMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"}},{"kind":"Field","name":{"kind":"Name","value":"publicTitle"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseworkers"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contentVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organ"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"municipalAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"postponedToMeetingId"}},{"kind":"Field","name":{"kind":"Name","value":"postponedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const ChangeCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseStatusMutation, ChangeCaseStatusMutationVariables>;
export const RemoveCaseAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCaseAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCaseAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveCaseAttachmentMutation, RemoveCaseAttachmentMutationVariables>;
export const CommunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityRow_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityRow_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunitiesQuery, CommunitiesQueryVariables>;
export const CommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Community"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersSection_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgansSection_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionPlansSection_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersTable_Partner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganCard_Organ"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organ"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnersSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnersTable_Partner"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionalCouncilsSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganCard_Organ"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionPlansSection_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommunityQuery, CommunityQueryVariables>;
export const CostAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationTable_CostAllocation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfForm_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CostAllocationQuery, CostAllocationQueryVariables>;
export const SaveCoordinatorBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCoordinatorBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCoordinatorBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCoordinatorBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}}]}}]}}]} as unknown as DocumentNode<SaveCoordinatorBudgetMutation, SaveCoordinatorBudgetMutationVariables>;
export const CostAllocationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditCoordinatorBudgets"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorBudgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetEditor_CoordinatorBudget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetSummary_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetEditor_CoordinatorBudget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorBudget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateGrant"}},{"kind":"Field","name":{"kind":"Name","value":"fixedShareRatio"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CostAllocationPageQuery, CostAllocationPageQueryVariables>;
export const DeleteCoordinatorBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCoordinatorBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCoordinatorBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"budgetYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetYear"}}}]}]}}]} as unknown as DocumentNode<DeleteCoordinatorBudgetMutation, DeleteCoordinatorBudgetMutationVariables>;
export const StartNextCoordinatorBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNextCoordinatorBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartNextCoordinatorBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startNextCoordinatorBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}}]}}]}}]} as unknown as DocumentNode<StartNextCoordinatorBudgetMutation, StartNextCoordinatorBudgetMutationVariables>;
export const CostAllocationWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostAllocationWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocationWhatIfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costAllocationWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationTable_CostAllocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationTable_CostAllocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalShare"}},{"kind":"Field","name":{"kind":"Name","value":"totalPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"fixedPart"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaPart"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<CostAllocationWhatIfQuery, CostAllocationWhatIfQueryVariables>;
export const MeetingDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordDecisions"}},{"kind":"Field","name":{"kind":"Name","value":"postponementTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"absenceReported"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"standsInForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"mayStandInFor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"standsInForName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quorum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votingPresent"}},{"kind":"Field","name":{"kind":"Name","value":"quorate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"recommendationText"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"differsFromRecommendation"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordPdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"postponedToMeetingId"}},{"kind":"Field","name":{"kind":"Name","value":"postponedToDate"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"unanimous"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingDecisionsQuery, MeetingDecisionsQueryVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const CorrectDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CorrectDecisionMutation, CorrectDecisionMutationVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const FollowUpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<FollowUpPageQuery, FollowUpPageQueryVariables>;
export const FollowUpOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localReference"}},{"kind":"Field","name":{"kind":"Name","value":"localDate"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"row"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceDecision"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpOverviewQuery, FollowUpOverviewQueryVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const MeetingAttendancePanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttendancePanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"mayCallInDeputies"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"mayReport"}},{"kind":"Field","name":{"kind":"Name","value":"absence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"deputyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deputyCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingAttendancePanelQuery, MeetingAttendancePanelQueryVariables>;
export const ReportAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAbsenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<ReportAbsenceMutation, ReportAbsenceMutationVariables>;
export const WithdrawAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAbsence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<WithdrawAbsenceMutation, WithdrawAbsenceMutationVariables>;
export const CallInDeputyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CallInDeputy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallInDeputyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callInDeputy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<CallInDeputyMutation, CallInDeputyMutationVariables>;
export const MeetingNoticePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingNoticePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}}]}}]}}]} as unknown as DocumentNode<MeetingNoticePageQuery, MeetingNoticePageQueryVariables>;
export const NoticePreviewPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticePreviewPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDate"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredDays"}},{"kind":"Field","name":{"kind":"Name","value":"latestOn"}},{"kind":"Field","name":{"kind":"Name","value":"earliestOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]}}]} as unknown as DocumentNode<NoticePreviewPanelQuery, NoticePreviewPanelQueryVariables>;
export const SendNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]}}]} as unknown as DocumentNode<SendNoticeMutation, SendNoticeMutationVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"excepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const ReorderAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const RecordLateExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLateException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLateExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLateException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordLateExceptionMutation, RecordLateExceptionMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const MeetingPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPlanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPlanPageQuery, MeetingPlanPageQueryVariables>;
export const AdoptMeetingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptMeetingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptMeetingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptMeetingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<AdoptMeetingPlanMutation, AdoptMeetingPlanMutationVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MinutesPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinutesPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"canDraftMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"untilApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBySilence"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedLate"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canSend"}},{"kind":"Field","name":{"kind":"Name","value":"canPublish"}},{"kind":"Field","name":{"kind":"Name","value":"canObject"}},{"kind":"Field","name":{"kind":"Name","value":"canResolveObjections"}},{"kind":"Field","name":{"kind":"Name","value":"canCorrect"}}]}}]}}]}}]} as unknown as DocumentNode<MinutesPanelQuery, MinutesPanelQueryVariables>;
export const DraftMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DraftMinutesMutation, DraftMinutesMutationVariables>;
export const UpdateMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMinutesMutation, UpdateMinutesMutationVariables>;
export const SendMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<SendMinutesMutation, SendMinutesMutationVariables>;
export const PublishMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PublishMinutesMutation, PublishMinutesMutationVariables>;
export const RaiseMinutesObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseMinutesObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseMinutesObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseMinutesObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RaiseMinutesObjectionMutation, RaiseMinutesObjectionMutationVariables>;
export const ResolveMinutesObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveMinutesObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveMinutesObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveMinutesObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ResolveMinutesObjectionMutation, ResolveMinutesObjectionMutationVariables>;
export const CorrectMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CorrectMinutesMutation, CorrectMinutesMutationVariables>;
export const AppointPersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AppointPersonsQuery, AppointPersonsQueryVariables>;
export const AppointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Appoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"seatSide"}},{"kind":"Field","name":{"kind":"Name","value":"personSide"}}]}}]}}]}}]} as unknown as DocumentNode<AppointMutation, AppointMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const EndAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<EndAppointmentMutation, EndAppointmentMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const AppointmentsEndingSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentsEndingSoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionalCouncilId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentsEndingSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionalCouncilId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionalCouncilId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentsEndingSoonQuery, AppointmentsEndingSoonQueryVariables>;
export const OrganPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"canManageSeats"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chairRotationYears"}},{"kind":"Field","name":{"kind":"Name","value":"officersElectedByOrganId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}},{"kind":"Field","name":{"kind":"Name","value":"municipal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hospitalVotingMembers"}},{"kind":"Field","name":{"kind":"Name","value":"municipalVotingMembers"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalVotingSeats"}},{"kind":"Field","name":{"kind":"Name","value":"municipalVotingSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompositionTable_Seat"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatHistory_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompositionTable_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"canAppoint"}},{"kind":"Field","name":{"kind":"Name","value":"appointableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"appointingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatHistory_Seat"}}]}}]} as unknown as DocumentNode<OrganPageQuery, OrganPageQueryVariables>;
export const RegionalCouncilPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalCouncilPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilSeats_Seat"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilSeats_Seat"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"canAppoint"}},{"kind":"Field","name":{"kind":"Name","value":"appointableRoles"}},{"kind":"Field","name":{"kind":"Name","value":"appointingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"organId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"deputyRank"}},{"kind":"Field","name":{"kind":"Name","value":"deputyForAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"appointedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByAppointmentId"}},{"kind":"Field","name":{"kind":"Name","value":"canChange"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<RegionalCouncilPageQuery, RegionalCouncilPageQueryVariables>;
export const CreateSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<CreateSeatMutation, CreateSeatMutationVariables>;
export const RetireSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retiredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retiredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}}]}}]}}]} as unknown as DocumentNode<RetireSeatMutation, RetireSeatMutationVariables>;
export const PublicCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icalPath"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinary"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"noticeSent"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"exempt"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionBasis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBySilence"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicCalendarQuery, PublicCalendarQueryVariables>;
export const CommunityDetailsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityDetailsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}}]}}]}}]} as unknown as DocumentNode<CommunityDetailsPageQuery, CommunityDetailsPageQueryVariables>;
export const UpdateCommunityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunityDetailsMutation, UpdateCommunityDetailsMutationVariables>;
export const NewPartnerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewPartnerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}}]}}]}}]} as unknown as DocumentNode<NewPartnerPageQuery, NewPartnerPageQueryVariables>;
export const CreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const OrganFormPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganFormPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}},{"kind":"Field","name":{"kind":"Name","value":"officersElectedByOrganId"}},{"kind":"Field","name":{"kind":"Name","value":"chairRotationYears"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganFormPageQuery, OrganFormPageQueryVariables>;
export const CreateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganMutation, CreateOrganMutationVariables>;
export const UpdateOrganDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrgan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrgan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganMutation, UpdateOrganMutationVariables>;
export const OrganRulesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganRulesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"caseSubmissionDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMaxDays"}},{"kind":"Field","name":{"kind":"Name","value":"extraordinaryNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"protocolDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minutesObjectionPeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganRulesPageQuery, OrganRulesPageQueryVariables>;
export const ChangeOrganRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOrganRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrganRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrganRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeOrganRulesMutation, ChangeOrganRulesMutationVariables>;
export const PartnerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPageQuery, PartnerPageQueryVariables>;
export const GivePartnerNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GivePartnerNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GivePartnerNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givePartnerNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]} as unknown as DocumentNode<GivePartnerNoticeMutation, GivePartnerNoticeMutationVariables>;
export const UpdatePartnerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerDetailsMutation, UpdatePartnerDetailsMutationVariables>;
export const WithdrawPartnerNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPartnerNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"noticeGivenOn"},"value":{"kind":"NullValue"}},{"kind":"ObjectField","name":{"kind":"Name","value":"leftOn"},"value":{"kind":"NullValue"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]} as unknown as DocumentNode<WithdrawPartnerNoticeMutation, WithdrawPartnerNoticeMutationVariables>;
export const SetPartnerPopulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPartnerPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPopulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerPopulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]} as unknown as DocumentNode<SetPartnerPopulationMutation, SetPartnerPopulationMutationVariables>;
export const PopulationImportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PopulationImportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}}]}}]}}]} as unknown as DocumentNode<PopulationImportPageQuery, PopulationImportPageQueryVariables>;
export const PreviewPopulationImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewPopulationImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewPopulationImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPopulationImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewPopulationImportMutation, PreviewPopulationImportMutationVariables>;
export const ApplyPopulationImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPopulationImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyPopulationImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyPopulationImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skippedLines"}}]}}]}}]} as unknown as DocumentNode<ApplyPopulationImportMutation, ApplyPopulationImportMutationVariables>;
export const RegionalCouncilFormPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalCouncilFormPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"canEditRegister"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalCouncilFormPageQuery, RegionalCouncilFormPageQueryVariables>;
export const CreateRegionalCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegionalCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionalCouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegionalCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRegionalCouncilMutation, CreateRegionalCouncilMutationVariables>;
export const UpdateRegionalCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionalCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionalCouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionalCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRegionalCouncilMutation, UpdateRegionalCouncilMutationVariables>;
export const ActionPlanProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionPlanProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInterval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionPlanProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"staleMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreasWithoutCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreasWithoutMeasures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focusAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"professionalCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"staleMeasures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionPlanProgressReportQuery, ActionPlanProgressReportQueryVariables>;
export const CasesMeetingsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesMeetingsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesAndMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"organName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionCases"}},{"kind":"Field","name":{"kind":"Name","value":"orientationCases"}},{"kind":"Field","name":{"kind":"Name","value":"discussionCases"}},{"kind":"Field","name":{"kind":"Name","value":"consensus"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"noted"}},{"kind":"Field","name":{"kind":"Name","value":"postponed"}},{"kind":"Field","name":{"kind":"Name","value":"consensusShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"lateWithException"}},{"kind":"Field","name":{"kind":"Name","value":"lateWithoutException"}},{"kind":"Field","name":{"kind":"Name","value":"lateNotices"}},{"kind":"Field","name":{"kind":"Name","value":"lateMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesMeetingsReportQuery, CasesMeetingsReportQueryVariables>;
export const CostSharingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostSharingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"kronerPerInhabitant"}},{"kind":"Field","name":{"kind":"Name","value":"populationMissing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostSharingReportQuery, CostSharingReportQueryVariables>;
export const FollowUpReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToAdopt"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAdopt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpReportQuery, FollowUpReportQueryVariables>;
export const RepresentationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepresentationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"endingWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"organs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"organName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalFilled"}},{"kind":"Field","name":{"kind":"Name","value":"municipalSeats"}},{"kind":"Field","name":{"kind":"Name","value":"municipalFilled"}},{"kind":"Field","name":{"kind":"Name","value":"observerSeats"}},{"kind":"Field","name":{"kind":"Name","value":"observerFilled"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"termsEnding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilName"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"termsEnding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceBySeat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"organName"}},{"kind":"Field","name":{"kind":"Name","value":"seatLabel"}},{"kind":"Field","name":{"kind":"Name","value":"called"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"deputised"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceByPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"called"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"deputised"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceByPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"called"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"deputised"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepresentationReportQuery, RepresentationReportQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignInPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProviderList_IdentityProvider"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signInUrl"}}]}}]} as unknown as DocumentNode<SignInPageQuery, SignInPageQueryVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"canReadReports"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"usesIdentityProvider"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleGrantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roleGrantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleGrantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UsersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_Community"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRoleForm_Community"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoleForm_Community"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Community"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const CommunityUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersTable_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersTable_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"usesIdentityProvider"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCouncilId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]} as unknown as DocumentNode<CommunityUsersQuery, CommunityUsersQueryVariables>;
export const TodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;