import { DEFAULT_STALE_AFTER_DAYS } from '@helsefellesskap/status-schema';
import type { Clock } from '../../common/clock.js';
import { badUserInput } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import type { Caller } from '../auth/caller.js';
import type { CommunityProgressRow, FocusAreaProgressRow, ProgressPeriodRow } from './action-plan-progress.report.js';
import type { ReportScope, ReportsRepository } from './reports.repository.js';
import type { CasesMeetingsRow } from './cases-meetings.report.js';
import type { PartnerAttendanceRow, PersonAttendanceRow, SeatAttendanceRow } from './attendance.report.js';
import type { FollowUpRow } from './follow-up.report.js';
import type { CostSharingRow } from './cost-sharing.report.js';
import type { CouncilRepresentationRow, OrganRepresentationRow } from './representation.report.js';
import { reportScope } from './reports.policy.js';
import { MAX_REPORT_COMMUNITIES, MAX_REPORT_YEARS, reportPeriod } from './reports.rules.js';

/** A filter as GraphQL and the export URLs give it. */
export interface ReportFilterValues {
  communityIds?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

/** Terms ending soon: within this many days unless asked otherwise, and at most two years ahead (ADR 0009). */
export const DEFAULT_ENDING_WITHIN_DAYS = 90;
export const MAX_ENDING_WITHIN_DAYS = 730;

/** The most days a caller may set for "stale": longer than any plan runs. */
export const MAX_STALE_AFTER_DAYS = 3650;

/**
 * The analysts' reports: the caller's scope is decided once per report (`scope`), then each part of
 * the report is one statement over that scope.
 */
export class ReportsService {
  constructor(
    /** On the read connection (DATABASE_READ_URL) when there is one. */
    private readonly repository: ReportsRepository,
    private readonly clock: Clock,
  ) {}

  /** The communities and period of a filter for the caller: refused when the caller may not read them, or when they are too many or too long. */
  scope(caller: Caller, filter: ReportFilterValues): ReportScope {
    const requested = filter.communityIds ? [...new Set(filter.communityIds.map((id) => parseId(id, 'filter.communityIds')))] : null;
    if (requested !== null && requested.length > MAX_REPORT_COMMUNITIES) {
      throw badUserInput(
        'filter.communityIds',
        'REPORT_TOO_MANY_COMMUNITIES',
        { max: MAX_REPORT_COMMUNITIES },
        `must list at most ${MAX_REPORT_COMMUNITIES} communities`,
      );
    }
    const communityIds = reportScope(caller, requested);
    const period = reportPeriod(filter, this.clock.today());
    if (period === 'REVERSED') throw badUserInput('filter.to', 'REPORT_RANGE_REVERSED', {}, 'must not be before `from`');
    if (period === 'TOO_LONG') {
      throw badUserInput(
        'filter.from',
        'REPORT_RANGE_TOO_LONG',
        { maxYears: MAX_REPORT_YEARS },
        `must span at most ${MAX_REPORT_YEARS} calendar years`,
      );
    }
    return { communityIds, ...period };
  }

  staleAfterDays(days: number | null | undefined): number {
    const value = days ?? DEFAULT_STALE_AFTER_DAYS;
    if (!Number.isInteger(value) || value < 1 || value > MAX_STALE_AFTER_DAYS) {
      throw badUserInput(
        'staleAfterDays',
        'OUT_OF_RANGE',
        { min: 1, max: MAX_STALE_AFTER_DAYS },
        `must be from 1 to ${MAX_STALE_AFTER_DAYS}`,
      );
    }
    return value;
  }

  focusAreaProgress(scope: ReportScope, staleAfterDays: number): Promise<FocusAreaProgressRow[]> {
    return this.repository.readFocusAreaProgress(scope, staleAfterDays);
  }

  communityProgress(scope: ReportScope, staleAfterDays: number): Promise<CommunityProgressRow[]> {
    return this.repository.readCommunityProgress(scope, staleAfterDays);
  }

  progressOverTime(scope: ReportScope, interval: 'year' | 'quarter'): Promise<ProgressPeriodRow[]> {
    return this.repository.readProgressOverTime(scope, interval);
  }

  endingWithinDays(days: number | null | undefined): number {
    const value = days ?? DEFAULT_ENDING_WITHIN_DAYS;
    if (!Number.isInteger(value) || value < 0 || value > MAX_ENDING_WITHIN_DAYS) {
      throw badUserInput(
        'endingWithinDays',
        'OUT_OF_RANGE',
        { min: 0, max: MAX_ENDING_WITHIN_DAYS },
        `must be from 0 to ${MAX_ENDING_WITHIN_DAYS}`,
      );
    }
    return value;
  }

  organRepresentation(scope: ReportScope, endingWithinDays: number): Promise<OrganRepresentationRow[]> {
    return this.repository.readOrganRepresentation(scope, endingWithinDays);
  }

  councilRepresentation(scope: ReportScope, endingWithinDays: number): Promise<CouncilRepresentationRow[]> {
    return this.repository.readCouncilRepresentation(scope, endingWithinDays);
  }

  costSharing(scope: ReportScope): Promise<CostSharingRow[]> {
    return this.repository.readCostSharing(scope);
  }

  casesAndMeetings(scope: ReportScope): Promise<CasesMeetingsRow[]> {
    return this.repository.readCasesMeetings(scope, this.clock.today());
  }

  followUp(scope: ReportScope): Promise<FollowUpRow[]> {
    return this.repository.readFollowUp(scope);
  }

  seatAttendance(scope: ReportScope): Promise<SeatAttendanceRow[]> {
    return this.repository.readSeatAttendance(scope);
  }

  personAttendance(scope: ReportScope): Promise<PersonAttendanceRow[]> {
    return this.repository.readPersonAttendance(scope);
  }

  partnerAttendance(scope: ReportScope): Promise<PartnerAttendanceRow[]> {
    return this.repository.readPartnerAttendance(scope);
  }
}
