import type { TFunction } from 'i18next';

import type { DecisionRule } from '../../gql/graphql';
import type { Formatters } from '../../shared/use-formatters';

export interface OrganRules {
  meetingsPerYear?: number | null;
  caseSubmissionDeadlineDays?: number | null;
  noticePeriodDays?: number | null;
  noticePeriodMaxDays?: number | null;
  extraordinaryNoticeDays?: number | null;
  protocolDeadlineDays?: number | null;
  minutesObjectionPeriodDays?: number | null;
  decisionRule: DecisionRule;
}

export interface Fact {
  term: string;
  description: string;
}

/**
 * The organ's rules of procedure as term/description pairs, in the order of the seeds' rules.
 * Unrecorded rules are left out: most organs only have a few.
 */
export function organRuleFacts(rules: OrganRules, t: TFunction, format: Pick<Formatters, 'integer'>): Fact[] {
  const facts: Fact[] = [];
  const add = (term: string, description: string | undefined) => {
    if (description !== undefined) facts.push({ term, description });
  };
  const when = <T>(value: T | null | undefined, describe: (value: T) => string) => (value == null ? undefined : describe(value));

  add(
    t('community.organs.meetingsPerYear'),
    when(rules.meetingsPerYear, (count) => format.integer(count)),
  );
  add(
    t('community.organs.caseSubmissionDeadline'),
    when(rules.caseSubmissionDeadlineDays, (count) => t('community.organs.daysBeforeMeeting', { count })),
  );
  add(
    t('community.organs.noticePeriod'),
    when(rules.noticePeriodDays, (min) =>
      rules.noticePeriodMaxDays != null && rules.noticePeriodMaxDays > min
        ? t('community.organs.daysRangeBeforeMeeting', { min, max: rules.noticePeriodMaxDays })
        : t('community.organs.daysBeforeMeeting', { count: min }),
    ),
  );
  add(
    t('community.organs.extraordinaryNotice'),
    when(rules.extraordinaryNoticeDays, (count) => t('community.organs.atLeastDays', { count })),
  );
  add(
    t('community.organs.protocolDeadline'),
    when(rules.protocolDeadlineDays, (count) => t('community.organs.daysAfterMeeting', { count })),
  );
  add(
    t('community.organs.minutesObjectionPeriod'),
    when(rules.minutesObjectionPeriodDays, (count) => t('community.organs.days', { count })),
  );
  add(t('community.organs.decisionRule'), t(`community.decisionRule.${rules.decisionRule}`));
  return facts;
}
