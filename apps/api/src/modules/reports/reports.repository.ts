import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/rows.js';
import {
  COMMUNITY_PROGRESS_SQL,
  FOCUS_AREA_PROGRESS_SQL,
  PROGRESS_OVER_TIME_SQL,
  type CommunityProgressRow,
  type FocusAreaProgressRow,
  type ProgressPeriodRow,
} from './action-plan-progress.report.js';
import { CASES_MEETINGS_SQL, type CasesMeetingsRow } from './cases-meetings.report.js';
import {
  PARTNER_ATTENDANCE_SQL,
  PERSON_ATTENDANCE_SQL,
  SEAT_ATTENDANCE_SQL,
  type PartnerAttendanceRow,
  type PersonAttendanceRow,
  type SeatAttendanceRow,
} from './attendance.report.js';
import { FOLLOW_UP_SQL, type FollowUpRow } from './follow-up.report.js';
import { COST_SHARING_SQL, type CostSharingRow } from './cost-sharing.report.js';
import {
  COUNCIL_REPRESENTATION_SQL,
  ORGAN_REPRESENTATION_SQL,
  type CouncilRepresentationRow,
  type OrganRepresentationRow,
} from './representation.report.js';

/** The communities in scope (null: every one) and the period, as every report statement takes them. */
export interface ReportScope {
  communityIds: readonly string[] | null;
  from: string;
  to: string;
}

/** The reports' statements: one each, aggregating in PostgreSQL (the SQL is in the `*.report.ts` files). */
export class ReportsRepository {
  constructor(private readonly manager: EntityManager) {}

  readFocusAreaProgress(scope: ReportScope, staleAfterDays: number): Promise<FocusAreaProgressRow[]> {
    return selectRows(this.manager, FOCUS_AREA_PROGRESS_SQL, [scope.communityIds, scope.from, scope.to, staleAfterDays]);
  }

  readCommunityProgress(scope: ReportScope, staleAfterDays: number): Promise<CommunityProgressRow[]> {
    return selectRows(this.manager, COMMUNITY_PROGRESS_SQL, [scope.communityIds, scope.from, scope.to, staleAfterDays]);
  }

  readProgressOverTime(scope: ReportScope, interval: 'year' | 'quarter'): Promise<ProgressPeriodRow[]> {
    return selectRows(this.manager, PROGRESS_OVER_TIME_SQL, [scope.communityIds, scope.from, scope.to, interval]);
  }

  readOrganRepresentation(scope: ReportScope, endingWithinDays: number): Promise<OrganRepresentationRow[]> {
    return selectRows(this.manager, ORGAN_REPRESENTATION_SQL, [scope.communityIds, scope.to, endingWithinDays]);
  }

  readCouncilRepresentation(scope: ReportScope, endingWithinDays: number): Promise<CouncilRepresentationRow[]> {
    return selectRows(this.manager, COUNCIL_REPRESENTATION_SQL, [scope.communityIds, scope.to, endingWithinDays]);
  }

  readCostSharing(scope: ReportScope): Promise<CostSharingRow[]> {
    return selectRows(this.manager, COST_SHARING_SQL, [scope.communityIds, scope.from, scope.to]);
  }

  readCasesMeetings(scope: ReportScope, today: string): Promise<CasesMeetingsRow[]> {
    return selectRows(this.manager, CASES_MEETINGS_SQL, [scope.communityIds, scope.from, scope.to, today]);
  }

  readFollowUp(scope: ReportScope): Promise<FollowUpRow[]> {
    return selectRows(this.manager, FOLLOW_UP_SQL, [scope.communityIds, scope.from, scope.to]);
  }

  readSeatAttendance(scope: ReportScope): Promise<SeatAttendanceRow[]> {
    return selectRows(this.manager, SEAT_ATTENDANCE_SQL, [scope.communityIds, scope.from, scope.to]);
  }

  readPersonAttendance(scope: ReportScope): Promise<PersonAttendanceRow[]> {
    return selectRows(this.manager, PERSON_ATTENDANCE_SQL, [scope.communityIds, scope.from, scope.to]);
  }

  readPartnerAttendance(scope: ReportScope): Promise<PartnerAttendanceRow[]> {
    return selectRows(this.manager, PARTNER_ATTENDANCE_SQL, [scope.communityIds, scope.from, scope.to]);
  }
}
