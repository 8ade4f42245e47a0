import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ActionPlan, StatusReport } from '../action-plan/action-plan.type.js';
import { Appointment } from '../appointment/appointment.type.js';
import { Case } from './case.type.js';

/**
 * The free-text references of other records ("SSU sak 26/2024") as links: the case the text names in the
 * record's community, when exactly one exists and the caller may know of it; else null and the text stays
 * as it is (an outside decision such as "K-sak 61/2022" has no case here).
 */
@Resolver(() => Appointment)
export class AppointmentDecisionCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: 'The case `decisionReference` names, when it is in the case register.' })
  async decisionCase(@Root() appointment: Appointment, @Ctx() { loaders }: Context): Promise<Case | null> {
    return loaders.caseByReference.load({ communityId: appointment.communityId, reference: appointment.decisionReference });
  }
}

@Resolver(() => StatusReport)
export class StatusReportCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: 'The case `caseReference` names, when it is in the case register.' })
  async caseLink(@Root() report: StatusReport, @Ctx() { loaders }: Context): Promise<Case | null> {
    return report.caseReference ? loaders.caseByReference.load({ communityId: report.communityId, reference: report.caseReference }) : null;
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: 'The case `adoptedByCase` names, when it is in the case register.' })
  async adoptedByCaseLink(@Root() plan: ActionPlan, @Ctx() { loaders }: Context): Promise<Case | null> {
    return plan.adoptedByCase ? loaders.caseByReference.load({ communityId: plan.communityId, reference: plan.adoptedByCase }) : null;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case `prolongedByCase` names, when it is in the case register.' })
  async prolongedByCaseLink(@Root() plan: ActionPlan, @Ctx() { loaders }: Context): Promise<Case | null> {
    return plan.prolongedByCase ? loaders.caseByReference.load({ communityId: plan.communityId, reference: plan.prolongedByCase }) : null;
  }
}
