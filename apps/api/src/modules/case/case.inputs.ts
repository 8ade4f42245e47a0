import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/local-date.js';
import { IfGiven, messages, NotBlank } from '../../common/validation.js';
import type { CaseKind as CaseKindValue, CaseStatus as CaseStatusValue, RecordAccess as RecordAccessValue } from './case.entity.js';
import { CaseKind, CaseStatus, RecordAccess } from './case.type.js';

/** The longest formatted text (background, an assessment) and recommendation point, in characters. */
export const CASE_TEXT_MAX_LENGTH = 20_000;
export const RECOMMENDATION_POINT_MAX_LENGTH = 2_000;
export const RECOMMENDATION_MAX_POINTS = 30;
export const CASEWORKERS_MAX = 10;
export const LINKED_CASES_MAX = 30;
/** The longest search text of a case list. */
export const CASE_SEARCH_MAX_LENGTH = 200;

/** The fields a case is written with; registering and changing share them. */
@InputType('CaseFieldsInput', { description: 'The fields a case is written with (shared by registering and changing).' })
abstract class CaseFieldsInput {
  @Field(() => RecordAccess, { nullable: true, description: 'Public (default) or exempt from public access.' })
  @IfGiven()
  @IsIn(Object.values(RecordAccess))
  access?: RecordAccessValue;

  @Field(() => String, { nullable: true, description: 'The legal basis of an exemption, e.g. "Offl. § 14"; required when exempt.' })
  @IfGiven()
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(120, { message: messages.maxLength(120) })
  exemptionBasis?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title the public sees of an exempt case; leave out to show only the reference.',
  })
  @IfGiven()
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(300, { message: messages.maxLength(300) })
  publicTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'The archive reference ("Vår ref"), e.g. "2021/3288".' })
  @IfGiven()
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: messages.maxLength(60) })
  archiveReference?: string | null;

  @Field(() => [String], { nullable: true, description: 'Who prepares the case (saksbehandler), by name.' })
  @IfGiven()
  @IsString({ each: true })
  @MaxLength(120, { each: true, message: messages.maxLength(120) })
  @ArrayMaxSize(CASEWORKERS_MAX)
  caseworkers?: string[];

  @Field(() => LocalDate, { nullable: true, description: 'The date of the case document ("Dato dok").' })
  @IfGiven()
  @IsOptional()
  documentDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'The recommendation (innstilling) as numbered points, in order.' })
  @IfGiven()
  @IsString({ each: true })
  @MaxLength(RECOMMENDATION_POINT_MAX_LENGTH, { each: true, message: messages.maxLength(RECOMMENDATION_POINT_MAX_LENGTH) })
  @ArrayMaxSize(RECOMMENDATION_MAX_POINTS)
  recommendation?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The background, as formatted text (paragraphs, "- " lists, "1. " lists, **bold**).',
  })
  @IfGiven()
  @IsString()
  @MaxLength(CASE_TEXT_MAX_LENGTH, { message: messages.maxLength(CASE_TEXT_MAX_LENGTH) })
  background?: string;

  @Field(() => String, { nullable: true, description: "The municipalities' assessment, as formatted text." })
  @IfGiven()
  @IsString()
  @MaxLength(CASE_TEXT_MAX_LENGTH, { message: messages.maxLength(CASE_TEXT_MAX_LENGTH) })
  municipalAssessment?: string;

  @Field(() => String, { nullable: true, description: "The hospital's assessment, as formatted text." })
  @IfGiven()
  @IsString()
  @MaxLength(CASE_TEXT_MAX_LENGTH, { message: messages.maxLength(CASE_TEXT_MAX_LENGTH) })
  hospitalAssessment?: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a case of a body outside the community\'s own organs (kind OTHER): its own reference, e.g. "Styresak 052/2021".',
  })
  @IfGiven()
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(80, { message: messages.maxLength(80) })
  externalReference?: string | null;
}

@InputType({ description: 'A new case of an organ; it gets the next number of the organ and year.' })
export class RegisterCaseInput extends CaseFieldsInput {
  @Field(() => ID, { description: 'The organ the case is registered to.' })
  organId: string;

  @Field(() => String, { description: 'The title, e.g. "Helsefellesskapet 2024 - anbefalinger til partnerskapsmøtet".' })
  @IsString()
  @NotBlank()
  @MaxLength(300, { message: messages.maxLength(300) })
  title: string;

  @Field(() => CaseKind, { description: 'How the organ handles the case.' })
  @IsIn(Object.values(CaseKind))
  kind: CaseKindValue;

  @Field(() => Int, {
    nullable: true,
    description: 'The year of the case: the current year (default) or, for papers recorded from the archive, an earlier one.',
  })
  @IfGiven()
  @IsInt({ message: messages.wholeNumber })
  @Min(1900)
  @Max(2199)
  year?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'For a case of a past year recorded from the archive only: the number it was given. New cases always get the next number.',
  })
  @IfGiven()
  @IsInt({ message: messages.wholeNumber })
  @Min(1)
  @Max(99_999)
  number?: number;
}

@InputType({ description: "Changes to a case's fields; those left out stay as they are." })
export class UpdateCaseInput extends CaseFieldsInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => Int, { description: 'The version of the case the change was made on; a later change refuses it with CONFLICT.' })
  @IsInt({ message: messages.wholeNumber })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'The title.' })
  @IfGiven()
  @IsString()
  @NotBlank()
  @MaxLength(300, { message: messages.maxLength(300) })
  title?: string;

  @Field(() => CaseKind, { nullable: true, description: 'How the organ handles the case.' })
  @IfGiven()
  @IsIn(Object.values(CaseKind))
  kind?: CaseKindValue;

  @Field(() => [ID], { nullable: true, description: "Other cases of the community listed among this case's papers, in order." })
  @IfGiven()
  @ArrayMaxSize(LINKED_CASES_MAX)
  linkedCaseIds?: string[];
}

@InputType({ description: "A change of a case's status by the secretariat: submit, withdraw, back to draft." })
export class ChangeCaseStatusInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => Int, { description: 'The version of the case the change was made on.' })
  @IsInt({ message: messages.wholeNumber })
  expectedVersion: number;

  @Field(() => CaseStatus, { description: 'SUBMITTED, WITHDRAWN or DRAFT; the agenda and the decision set the others.' })
  @IsIn(['SUBMITTED', 'WITHDRAWN', 'DRAFT'])
  status: CaseStatusValue;

  @Field(() => LocalDate, { nullable: true, description: 'When submitting: the day it was submitted (default today; not in the future).' })
  @IfGiven()
  @IsOptional()
  submittedOn?: string | null;
}

@InputType({ description: "A change of a case file's public access: made public, or exempted with its legal basis (secretariat)." })
export class ChangeCaseAttachmentAccessInput {
  @Field(() => ID, { description: 'The attachment.' })
  attachmentId: string;

  @Field(() => RecordAccess, { description: 'PUBLIC, or EXEMPT with a legal basis.' })
  @IsIn(Object.values(RecordAccess))
  access: RecordAccessValue;

  @Field(() => String, { nullable: true, description: 'The legal basis when exempt, e.g. "Offl. § 14"; empty when public.' })
  @IfGiven()
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: messages.maxLength(120) })
  exemptionBasis?: string | null;
}
