import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PopulationLineProblemReason as ReasonValue } from './ssb-population-csv.js';

export const PopulationLineProblemReason = {
  UNREADABLE_LINE: 'UNREADABLE_LINE',
  NO_MUNICIPALITY_NUMBER: 'NO_MUNICIPALITY_NUMBER',
  BAD_YEAR: 'BAD_YEAR',
  MISSING_VALUE: 'MISSING_VALUE',
  BAD_POPULATION: 'BAD_POPULATION',
  DUPLICATE: 'DUPLICATE',
  NOT_A_PARTNER: 'NOT_A_PARTNER',
} as const satisfies Record<ReasonValue, ReasonValue>;

registerEnumType(PopulationLineProblemReason, {
  name: 'PopulationLineProblemReason',
  description: 'Why a line of a population file is not used.',
  valuesConfig: {
    UNREADABLE_LINE: { description: 'The line is not valid CSV (e.g. an unclosed quote).' },
    NO_MUNICIPALITY_NUMBER: {
      description: 'The region does not start with a four-digit municipality number (e.g. a county or "Hele landet").',
    },
    BAD_YEAR: { description: 'The year is not a year from 1900 to 2200.' },
    MISSING_VALUE: { description: 'No figure: empty, or one of SSB\'s symbols for a missing value (".", "..", ":", "-").' },
    BAD_POPULATION: { description: 'The figure is not a whole number from 0 to the most a municipality can have.' },
    DUPLICATE: { description: 'An earlier line gives the same municipality and year; the earlier line counts.' },
    NOT_A_PARTNER: { description: 'No municipality of the community has this number.' },
  },
});

@ObjectType({ description: 'A figure of the file for a municipality of the community, beside the one recorded now.' })
export class PopulationImportChange {
  @Field(() => Int, { description: 'Line of the file, from 1.' })
  line: number;

  @Field(() => ID, { description: 'The municipality (partner).' })
  partnerId: string;

  @Field(() => String, { description: "The municipality's name in the register." })
  partnerName: string;

  @Field(() => String, { description: 'The municipality number.' })
  municipalityNumber: string;

  @Field(() => Int, { description: 'The year; the figure is per 1 January of it.' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'The figure recorded now; null when none is.' })
  before: number | null;

  @Field(() => Int, { description: 'The figure of the file.' })
  after: number;
}

@ObjectType({ description: 'A line of the file that is not used, and why.' })
export class PopulationLineProblem {
  @Field(() => Int, { description: 'Line of the file, from 1.' })
  line: number;

  @Field(() => PopulationLineProblemReason, { description: 'Why the line is not used.' })
  reason: ReasonValue;

  @Field(() => String, { description: 'The text the reason is about, as it stands in the file.' })
  text: string;
}

@ObjectType({ description: 'What applying a population file would change; nothing is written yet.' })
export class PopulationImportPreview {
  @Field(() => String, { description: 'Names the file and the figures compared; pass it to applyPopulationImport.' })
  hash: string;

  @Field(() => [PopulationImportChange], { description: "The file's figures for the community's municipalities, in file order." })
  changes: PopulationImportChange[];

  @Field(() => [PopulationLineProblem], { description: 'The lines not used, by line number.' })
  problems: PopulationLineProblem[];
}

@ObjectType({ description: 'What applying a population file wrote.' })
export class PopulationImportResult {
  @Field(() => Int, { description: 'Figures written (new or different from the recorded ones).' })
  written: number;

  @Field(() => Int, { description: 'Figures of the file equal to the recorded ones.' })
  unchanged: number;

  @Field(() => Int, { description: 'Lines of the file not used.' })
  skippedLines: number;
}
