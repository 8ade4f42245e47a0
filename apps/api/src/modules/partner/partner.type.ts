import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import type { PartnerKind as PartnerKindValue } from './partner.entity.js';

export const PartnerKind = {
  MUNICIPALITY: 'MUNICIPALITY',
  HOSPITAL_TRUST: 'HOSPITAL_TRUST',
} as const satisfies Record<PartnerKindValue, PartnerKindValue>;

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of member of the community a partner is.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A municipality (kommune), with a four-digit municipality number.' },
    HOSPITAL_TRUST: { description: 'The hospital trust (helseforetak).' },
  },
});

@ObjectType({ description: 'A member of a community: a municipality or the hospital trust.' })
export class Partner {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => String, { description: 'Name, e.g. "Rana" or "Helgelandssykehuset HF".' })
  name: string;

  @Field(() => PartnerKind, { description: 'Municipality or hospital trust.' })
  kind: PartnerKindValue;

  @Field(() => String, { nullable: true, description: 'Four-digit municipality number (kommunenummer), municipalities only.' })
  municipalityNumber: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the partner joined the community.' })
  joinedOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The last day the partner is a member (it takes part in the budget years up to and including this one); null while it stays.',
  })
  leftOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the partner gave written notice of leaving; null when it has not.' })
  noticeGivenOn: string | null;
}

@ObjectType({ description: "A municipality's population per 1 January of a year." })
export class PopulationFigure {
  @Field(() => Int, { description: 'The year; the figure is per 1 January of it.' })
  year: number;

  @Field(() => Int, { description: 'Number of inhabitants.' })
  population: number;
}
