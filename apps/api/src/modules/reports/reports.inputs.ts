import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { MAX_REPORT_COMMUNITIES, MAX_REPORT_YEARS } from './reports.rules.js';

export enum ReportInterval {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
}
registerEnumType(ReportInterval, {
  name: 'ReportInterval',
  description: 'The steps of a report over time.',
  valuesConfig: {
    YEAR: { description: 'One point per calendar year, judged on its last day (or on the period’s last day).' },
    QUARTER: { description: 'One point per quarter, judged on its last day (or on the period’s last day).' },
  },
});

@InputType({
  description:
    `What a report covers: communities and a period. At most ${MAX_REPORT_COMMUNITIES} communities and ${MAX_REPORT_YEARS} calendar years; ` +
    'more is refused with REPORT_TOO_MANY_COMMUNITIES or REPORT_RANGE_TOO_LONG.',
})
export class ReportFilter {
  @Field(() => [ID], {
    nullable: true,
    description:
      'The communities, side by side; left out: every community the caller reads reports of (all of them for a national analyst). ' +
      'Asking for a community whose reports the caller may not read is refused (FORBIDDEN).',
  })
  communityIds?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'The first day of the period; left out: 1 January two years before `to`.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day of the period, the day statuses are judged on; left out: today.' })
  to?: string | null;
}
