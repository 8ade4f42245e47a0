import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import type {
  AppointingBodyKind as AppointingBodyKindValue,
  AppointmentRole as AppointmentRoleValue,
  SeatSide as SeatSideValue,
} from './appointment.entity.js';
import { AppointingBodyKind, AppointmentRole, SeatSide } from './appointment.type.js';

@InputType({ description: 'A person to register.' })
export class PersonInput {
  @Field(() => String, { description: 'Full name.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @MaxLength(200, { message: messages.maxLength(200) })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Employer.' })
  @IsOptional()
  @MaxLength(200, { message: messages.maxLength(200) })
  employer?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail (personal).' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: messages.maxLength(254) })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (personal).' })
  @IsOptional()
  @MaxLength(40, { message: messages.maxLength(40) })
  phone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner the person works for (a municipality or the hospital trust): it gives their side.',
  })
  partnerId?: string | null;
}

@InputType({ description: 'Corrections of a registered person; a field left out stays as it is, null clears it (not the name).' })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person.' })
  personId: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Title; null for none.' })
  @IsOptional()
  @MaxLength(200, { message: messages.maxLength(200) })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Employer; null for none.' })
  @IsOptional()
  @MaxLength(200, { message: messages.maxLength(200) })
  employer?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail (personal; the secretariat changes it); null for none.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254, { message: messages.maxLength(254) })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (personal; the secretariat changes it); null for none.' })
  @IsOptional()
  @MaxLength(40, { message: messages.maxLength(40) })
  phone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The partner the person works for (a municipality or the hospital trust), which gives their side; null for neither.',
  })
  partnerId?: string | null;
}

@InputType({ description: 'Who appoints to a seat: exactly one of the ids, or a name for a body outside the community.' })
export class AppointingBodyInput {
  @Field(() => AppointingBodyKind, { description: 'What kind of body.' })
  @IsIn(Object.values(AppointingBodyKind))
  kind: AppointingBodyKindValue;

  @Field(() => ID, { nullable: true, description: 'For REGIONAL_COUNCIL: the council.' })
  regionalCouncilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For PARTNER: the partner (e.g. the hospital trust).' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For ORGAN: the organ (e.g. the partnership meeting).' })
  organId?: string | null;

  @Field(() => String, { nullable: true, description: 'For EXTERNAL: the name, e.g. "KS".' })
  @ValidateIf((input: AppointingBodyInput) => input.kind === 'EXTERNAL')
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  name?: string | null;
}

@InputType({ description: 'A new seat of an organ.' })
export class CreateSeatInput {
  @Field(() => ID, { description: 'The organ.' })
  organId: string;

  @Field(() => String, { description: 'Name of the seat, unique in the organ.' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  label: string;

  @Field(() => SeatSide, { description: 'Hospital, municipal or observer.' })
  @IsIn(Object.values(SeatSide))
  side: SeatSideValue;

  @Field(() => Boolean, { description: 'Voting right (observers never vote).' })
  @IsBoolean()
  voting: boolean;

  @Field(() => AppointingBodyInput, { description: 'The body that appoints to the seat.' })
  @ValidateNested()
  appointingBody: AppointingBodyInput;
}

@InputType({ description: 'Appoint a person to a seat, by decision of its appointing body.' })
export class AppointInput {
  @Field(() => ID, { description: 'The seat.' })
  seatId: string;

  @Field(() => ID, { nullable: true, description: 'A registered person; or give newPerson.' })
  personId?: string | null;

  @Field(() => PersonInput, { nullable: true, description: 'Register the person with the appointment.' })
  @IfGiven()
  @ValidateNested()
  newPerson?: PersonInput | null;

  @Field(() => AppointmentRole, { description: 'The role.' })
  @IsIn(Object.values(AppointmentRole))
  role: AppointmentRoleValue;

  @Field(() => LocalDate, { description: 'First day.' })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day; leave out for open-ended.' })
  endsOn?: string | null;

  @Field(() => String, { description: 'Reference of the decision, e.g. "IHR sak 12/2025".' })
  @IsString()
  @NotBlank()
  @MaxLength(200, { message: messages.maxLength(200) })
  decisionReference: string;

  @Field(() => ID, { nullable: true, description: 'For a personal deputy: the member appointment.' })
  deputyForAppointmentId?: string | null;

  @Field(() => Int, { nullable: true, description: "For the hospital's deputy list: the place on it, from 1." })
  @IsOptional()
  @IsInt({ message: messages.wholeNumber })
  @Min(1, { message: 'must be 1 or more' })
  deputyRank?: number | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Replace the current member (and their personal deputy): their appointments end the day before this one starts.',
  })
  @IsBoolean()
  replaceCurrent: boolean;
}
