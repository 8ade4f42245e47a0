import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A regional council (regionråd): municipalities that together appoint the municipal representatives.' })
export class RegionalCouncil {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => String, { description: 'Name, e.g. "Helgelandsrådet".' })
  name: string;
}
