import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A health community (helsefellesskap): one hospital trust and the municipalities in its area.' })
export class Community {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => String, { description: 'Full name, e.g. "Helsefellesskap Helgeland".' })
  name: string;

  @Field(() => String, { description: 'Short name for lists and headings, e.g. "Helgeland".' })
  shortName: string;
}
