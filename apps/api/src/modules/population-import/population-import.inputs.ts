import { IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { messages } from '../../common/validation.js';

/**
 * The most characters a file may have: about 12 000 lines of SSB's CSV, every municipality of Norway
 * for 30 years, and still within the API's 1 MiB request body once JSON has escaped the quotes.
 */
export const MAX_POPULATION_FILE_CHARACTERS = 500_000;

@InputType({ description: 'A population file to compare with the register.' })
export class PreviewPopulationImportInput {
  @Field(() => ID, { description: 'The community whose municipalities the file gives figures for.' })
  communityId: string;

  @Field(() => String, {
    description: `The file's text (the client decodes Latin-1 or UTF-8), at most ${MAX_POPULATION_FILE_CHARACTERS} characters.`,
  })
  @IsString()
  @MaxLength(MAX_POPULATION_FILE_CHARACTERS, { message: messages.maxLength(MAX_POPULATION_FILE_CHARACTERS) })
  csv: string;
}

@InputType({ description: 'A previewed population file to write.' })
export class ApplyPopulationImportInput extends PreviewPopulationImportInput {
  @Field(() => String, { description: 'The hash the preview answered; a different file or changed figures are refused.' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be the hash the preview answered' })
  hash: string;
}
