import { ArrayMaxSize, ArrayUnique, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';

/** More than any regional council has (the largest health community has under 50 municipalities). */
const MAX_MEMBERS = 100;

@InputType({ description: 'A new regional council with its member municipalities.' })
export class CreateRegionalCouncilInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => String, { description: 'Name, unique in the community.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => [ID], { description: 'The member municipalities; a municipality belongs to one council at most.' })
  @ArrayMaxSize(MAX_MEMBERS, { message: `must list at most ${MAX_MEMBERS} municipalities` })
  @ArrayUnique({ message: 'must not list a municipality twice' })
  memberPartnerIds: string[];
}

@InputType({ description: 'Changes to a regional council; fields left out stay as they are.' })
export class UpdateRegionalCouncilInput {
  @Field(() => String, { nullable: true, description: 'Name, unique in the community.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => [ID], { nullable: true, description: 'The complete new list of member municipalities.' })
  @IfGiven()
  @ArrayMaxSize(MAX_MEMBERS, { message: `must list at most ${MAX_MEMBERS} municipalities` })
  @ArrayUnique({ message: 'must not list a municipality twice' })
  memberPartnerIds?: string[];
}
