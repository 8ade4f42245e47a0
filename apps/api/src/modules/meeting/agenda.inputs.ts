import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { messages, NotBlank } from '../../common/validation.js';

/** The most cases one agenda holds: far above any meeting's (SSU sak 26/2024 was one of about 30 that year). */
export const AGENDA_MAX_ITEMS = 200;

@InputType({ description: 'A case on a meeting’s agenda.' })
export class AgendaItemKeyInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => ID, { description: 'The case.' })
  caseId: string;
}

@InputType({ description: "A submitted case put last on a meeting's agenda; a late one needs the chair's exception." })
export class AddAgendaItemInput extends AgendaItemKeyInput {
  @Field(() => String, {
    nullable: true,
    description:
      'For a case submitted after the deadline: why the chair lets it on (e.g. that it cannot wait). Refused without, when late.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: messages.maxLength(1000) })
  lateExceptionReason?: string | null;
}

@InputType({ description: "The chair's exception for a late case on the agenda, with the reason." })
export class RecordLateExceptionInput extends AgendaItemKeyInput {
  @Field(() => String, { description: 'Why the chair lets the case be handled though submitted late.' })
  @IsString()
  @NotBlank()
  @MaxLength(1000, { message: messages.maxLength(1000) })
  reason: string;
}

@InputType({ description: "A meeting's agenda in a new order." })
export class ReorderAgendaInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => [ID], { description: 'Every case of the agenda, once each, in the new order.' })
  @IsArray()
  @ArrayMaxSize(AGENDA_MAX_ITEMS, { message: `must name at most ${AGENDA_MAX_ITEMS} cases` })
  caseIds: string[];
}
