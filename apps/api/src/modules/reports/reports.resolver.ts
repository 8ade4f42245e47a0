import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { permissionsOf } from '../auth/permissions.js';
import { Me } from '../auth/user.type.js';
import { ReportFilter, ReportInterval } from './reports.inputs.js';
import {
  ActionPlanProgressReport,
  CasesMeetingsReport,
  CommunityProgress,
  CostSharingLine,
  CostSharingReport,
  CouncilRepresentation,
  FocusAreaProgress,
  FollowUpReport,
  MunicipalityFollowUp,
  PartnerAttendance,
  PersonAttendance,
  SeatAttendance,
  OrganCasesYear,
  OrganRepresentation,
  ProgressPeriod,
  Reports,
  RepresentationReport,
} from './reports.type.js';

@Resolver(() => Reports)
export class ReportsResolver {
  @Authorized<Access>('reports:read')
  @Query(() => Reports, {
    description:
      'The analysts’ reports (reports:read). Each field is one report over a `ReportFilter`; see `docs/api-scripts.md` for scripts.',
  })
  reports(): Reports {
    return new Reports();
  }

  @FieldResolver(() => ActionPlanProgressReport, {
    description: 'Is the action plan moving: per community and focus area, over time, and the communities side by side. Not public.',
  })
  actionPlanProgress(
    @Arg('filter', () => ReportFilter, { description: 'The communities and the period.' }) filter: ReportFilter,
    @Arg('staleAfterDays', () => Int, {
      nullable: true,
      description: 'A measure with no update for this many days is stale; 180 when left out.',
    })
    staleAfterDays: number | null,
    @Arg('interval', () => ReportInterval, { nullable: true, description: 'The steps of `overTime`; YEAR when left out.' })
    interval: ReportInterval | null,
    @Ctx() { services, caller }: Context,
  ): ActionPlanProgressReport {
    const report = new ActionPlanProgressReport();
    Object.assign(report, services.reports.scope(caller, filter), {
      staleAfterDays: services.reports.staleAfterDays(staleAfterDays),
      interval: interval ?? ReportInterval.YEAR,
    });
    return report;
  }

  @FieldResolver(() => RepresentationReport, {
    description: 'Are the seats filled and balanced: per organ and per regional council on the period’s last day. Not public.',
  })
  representation(
    @Arg('filter', () => ReportFilter, { description: 'The communities and the period.' }) filter: ReportFilter,
    @Arg('endingWithinDays', () => Int, {
      nullable: true,
      description: 'Terms ending within this many days count as ending soon; 90 when left out, at most 730.',
    })
    endingWithinDays: number | null,
    @Ctx() { services, caller }: Context,
  ): RepresentationReport {
    const report = new RepresentationReport();
    Object.assign(report, services.reports.scope(caller, filter), {
      endingWithinDays: services.reports.endingWithinDays(endingWithinDays),
    });
    return report;
  }

  @FieldResolver(() => CostSharingReport, {
    description: 'What each municipality pays of the coordinator budget per budget year, with the population behind it. Not public.',
  })
  costSharing(
    @Arg('filter', () => ReportFilter, { description: 'The communities and the period (its budget years).' }) filter: ReportFilter,
    @Ctx() { services, caller }: Context,
  ): CostSharingReport {
    return Object.assign(new CostSharingReport(), services.reports.scope(caller, filter));
  }

  @FieldResolver(() => CasesMeetingsReport, {
    description: 'Are cases handled in time: per organ and year, decisions, consensus, days to decision and deadlines kept. Not public.',
  })
  casesAndMeetings(
    @Arg('filter', () => ReportFilter, { description: 'The communities and the period.' }) filter: ReportFilter,
    @Ctx() { services, caller }: Context,
  ): CasesMeetingsReport {
    return Object.assign(new CasesMeetingsReport(), services.reports.scope(caller, filter));
  }

  @FieldResolver(() => FollowUpReport, {
    description: 'Do the municipalities follow up the consensus decisions: per municipality, adopted, pending and declined. Not public.',
  })
  followUp(
    @Arg('filter', () => ReportFilter, { description: 'The communities and the period (of the decisions).' }) filter: ReportFilter,
    @Ctx() { services, caller }: Context,
  ): FollowUpReport {
    return Object.assign(new FollowUpReport(), services.reports.scope(caller, filter));
  }
}

@Resolver(() => FollowUpReport)
export class FollowUpReportResolver {
  @FieldResolver(() => [MunicipalityFollowUp], {
    description: 'One row per municipality bound by a decision of the period, by community and number.',
  })
  municipalities(@Root() report: FollowUpReport, @Ctx() { services }: Context): Promise<MunicipalityFollowUp[]> {
    return services.reports.followUp(report);
  }
}

@Resolver(() => CasesMeetingsReport)
export class CasesMeetingsReportResolver {
  @FieldResolver(() => [OrganCasesYear], {
    description: 'One row per organ and year with a decision or a meeting, by community, organ and year.',
  })
  organs(@Root() report: CasesMeetingsReport, @Ctx() { services }: Context): Promise<OrganCasesYear[]> {
    return services.reports.casesAndMeetings(report);
  }
}

@Resolver(() => CostSharingReport)
export class CostSharingReportResolver {
  @FieldResolver(() => [CostSharingLine], {
    description: 'One row per community, budget year and municipality, by community, year and municipality number.',
  })
  lines(@Root() report: CostSharingReport, @Ctx() { services }: Context): Promise<CostSharingLine[]> {
    return services.reports.costSharing(report);
  }
}

@Resolver(() => RepresentationReport)
export class RepresentationReportResolver {
  @FieldResolver(() => [OrganRepresentation], { description: 'One row per organ, by community and name.' })
  organs(@Root() report: RepresentationReport, @Ctx() { services }: Context): Promise<OrganRepresentation[]> {
    return services.reports.organRepresentation(report, report.endingWithinDays);
  }

  @FieldResolver(() => [CouncilRepresentation], { description: 'One row per regional council, by community and name.' })
  regionalCouncils(@Root() report: RepresentationReport, @Ctx() { services }: Context): Promise<CouncilRepresentation[]> {
    return services.reports.councilRepresentation(report, report.endingWithinDays);
  }

  @FieldResolver(() => [SeatAttendance], {
    description: 'Attendance at the held meetings of the period, one row per seat called, by organ and label.',
  })
  attendanceBySeat(@Root() report: RepresentationReport, @Ctx() { services }: Context): Promise<SeatAttendance[]> {
    return services.reports.seatAttendance(report);
  }

  @FieldResolver(() => [PersonAttendance], {
    description: 'Attendance at the held meetings of the period, one row per person called, by name.',
  })
  attendanceByPerson(@Root() report: RepresentationReport, @Ctx() { services }: Context): Promise<PersonAttendance[]> {
    return services.reports.personAttendance(report);
  }

  @FieldResolver(() => [PartnerAttendance], { description: 'Attendance at the held meetings of the period, one row per partner, by name.' })
  attendanceByPartner(@Root() report: RepresentationReport, @Ctx() { services }: Context): Promise<PartnerAttendance[]> {
    return services.reports.partnerAttendance(report);
  }
}

@Resolver(() => ActionPlanProgressReport)
export class ActionPlanProgressReportResolver {
  @FieldResolver(() => [FocusAreaProgress], { description: 'One row per focus area, by community, plan and number.' })
  focusAreas(@Root() report: ActionPlanProgressReport, @Ctx() { services }: Context): Promise<FocusAreaProgress[]> {
    return services.reports.focusAreaProgress(report, report.staleAfterDays);
  }

  @FieldResolver(() => [CommunityProgress], {
    description: 'One row per community in scope, with or without a plan: the communities side by side.',
  })
  communities(@Root() report: ActionPlanProgressReport, @Ctx() { services }: Context): Promise<CommunityProgress[]> {
    return services.reports.communityProgress(report, report.staleAfterDays);
  }

  @FieldResolver(() => [ProgressPeriod], { description: 'Per community, the measures at the end of each year or quarter of the period.' })
  overTime(@Root() report: ActionPlanProgressReport, @Ctx() { services }: Context): Promise<ProgressPeriod[]> {
    return services.reports.progressOverTime(report, report.interval === ReportInterval.QUARTER ? 'quarter' : 'year');
  }
}

@Resolver(() => Me)
export class MeReportsResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the user reads the analysts’ reports (reports:read in a community or nationally), so the UI shows the reports section.',
  })
  canReadReports(@Root() me: Me): boolean {
    return me.roles.some((grant) => permissionsOf(grant.role).includes('reports:read'));
  }
}
