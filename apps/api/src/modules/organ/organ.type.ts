import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { DecisionRule as DecisionRuleValue, OrganKind as OrganKindValue } from './organ.entity.js';

export const OrganKind = {
  DIALOGUE_MEETING: 'DIALOGUE_MEETING',
  PARTNERSHIP_MEETING: 'PARTNERSHIP_MEETING',
  STRATEGIC_COMMITTEE: 'STRATEGIC_COMMITTEE',
  PROFESSIONAL_COMMITTEE: 'PROFESSIONAL_COMMITTEE',
  SECRETARIAT: 'SECRETARIAT',
  OTHER: 'OTHER',
} as const satisfies Record<OrganKindValue, OrganKindValue>;

registerEnumType(OrganKind, {
  name: 'OrganKind',
  description: 'The kind of body.',
  valuesConfig: {
    DIALOGUE_MEETING: { description: 'Dialogmøte: hospital board chair and the mayors.' },
    PARTNERSHIP_MEETING: { description: 'Partnerskapsmøte: the top organ.' },
    STRATEGIC_COMMITTEE: { description: 'Strategisk samarbeidsutvalg (SSU).' },
    PROFESSIONAL_COMMITTEE: { description: 'Faglig samarbeidsutvalg (FSU).' },
    SECRETARIAT: { description: 'Samhandlingssekretariat.' },
    OTHER: { description: 'Any other body, e.g. older structures such as OSO or KSU.' },
  },
});

export const DecisionRule = { CONSENSUS: 'CONSENSUS', VOTE: 'VOTE' } as const satisfies Record<DecisionRuleValue, DecisionRuleValue>;

registerEnumType(DecisionRule, {
  name: 'DecisionRule',
  description: 'How the organ decides.',
  valuesConfig: {
    CONSENSUS: { description: 'By consensus; consensus decisions bind the partners.' },
    VOTE: { description: 'By vote of the permanent members; when not unanimous, each vote is recorded.' },
  },
});

@ObjectType('ProcedureRules', { description: 'Rules of procedure that change from a date (all periods in days).' })
export class ProcedureRules {
  @Field(() => LocalDate, { description: 'The day this version of the rules took or takes effect.' })
  effectiveFrom: string;

  @Field(() => Int, { nullable: true, description: 'Ordinary meetings a year (at least).' })
  meetingsPerYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Days before a meeting a case must be submitted.' })
  caseSubmissionDeadlineDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum days of notice before a meeting.' })
  noticePeriodDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum days of notice before a meeting, when the rules give a range.' })
  noticePeriodMaxDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum days of notice for an extraordinary meeting.' })
  extraordinaryNoticeDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after the meeting within which the protocol or minutes are sent or published.' })
  protocolDeadlineDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Days after which the minutes count as approved when nobody objects.' })
  minutesObjectionPeriodDays: number | null;

  @Field(() => DecisionRule, { description: 'Consensus or vote.' })
  decisionRule: DecisionRuleValue;
}

@ObjectType({ description: "A version of an organ's rules of procedure, in force from its date until the next version's." })
export class OrganRuleVersion extends ProcedureRules {}

@ObjectType({
  description:
    "An organ's rules of procedure on a date, kept as data (all periods in days): the version in force then, and the officers' rules.",
})
export class OrganRules extends ProcedureRules {
  @Field(() => ID, { nullable: true, description: "The organ that elects the chair and vice-chair (SSU's: the partnership meeting)." })
  officersElectedByOrganId: string | null;

  @Field(() => Int, { nullable: true, description: 'Years a chair serves before the chair passes to the other side (2 for SSU).' })
  chairRotationYears: number | null;
}

@ObjectType({ description: 'A body of the community: partnership meeting, SSU, a professional committee, the secretariat…' })
export class Organ {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => String, { description: 'Name, e.g. "Strategisk samarbeidsutvalg (SSU)".' })
  name: string;

  @Field(() => OrganKind, { description: 'The kind of body.' })
  kind: OrganKindValue;

  @Field(() => LocalDate, { nullable: true, description: 'Date the organ was established.' })
  establishedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the organ was dissolved; null while it exists.' })
  dissolvedOn: string | null;

  /** The officers' rules, not versioned: who elects the chair, and the rotation (read by appointments). */
  officersElectedByOrganId: string | null;
  chairRotationYears: number | null;
}
