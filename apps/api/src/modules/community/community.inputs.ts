import { IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';

@InputType({ description: 'A new community.' })
export class CreateCommunityInput {
  @Field(() => String, { description: 'Full name, unique, e.g. "Helsefellesskap Helgeland".' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => String, { description: 'Short name for lists and headings, e.g. "Helgeland".' })
  @IsString()
  @NotBlank()
  @MaxLength(80, { message: messages.maxLength(80) })
  shortName: string;
}

@InputType({ description: 'Changes to a community; fields left out stay as they are.' })
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true, description: 'Full name, unique.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short name for lists and headings.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(80, { message: messages.maxLength(80) })
  shortName?: string;
}
