import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A line of a budget: what a cost is and how much.' })
export class CostLine {
  @Field(() => String, { description: 'What the cost is, e.g. "Lønn".' })
  label: string;

  @Field(() => SafeIntResolver, { description: 'Whole kroner.' })
  amount: number;
}

@ObjectType({ description: 'The budget of the inter-municipal coordinator for one community and year.' })
export class CoordinatorBudget {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  communityId: string;

  @Field(() => Int, { description: 'The budget year.' })
  budgetYear: number;

  @Field(() => [CostLine], { description: 'The cost lines, in order.' })
  costLines: CostLine[];

  @Field(() => SafeIntResolver, { description: 'Sum of the cost lines, whole kroner.' })
  totalCost: number;

  @Field(() => SafeIntResolver, { description: 'State grant subtracted from the total, whole kroner.' })
  stateGrant: number;

  @Field(() => SafeIntResolver, { description: 'What the municipalities share: total cost minus state grant, never below zero.' })
  municipalShare: number;

  @Field(() => Float, { description: 'Share split in equal parts among the participating municipalities, 0 to 1 (0.2 = 20 %).' })
  fixedShareRatio: number;

  @Field(() => Int, { description: 'Counts the saves, from 1: a change is saved against the version it was made from (expectedVersion).' })
  version: number;
}

@ObjectType({ description: "One municipality's share of the coordinator's cost." })
export class CostAllocationLine {
  @Field(() => String, { description: 'Four-digit municipality number.' })
  municipalityNumber: string;

  @Field(() => String, { nullable: true, description: 'Name of the municipality.' })
  name: string | null;

  @Field(() => Int, { description: 'Population used; 0 means the municipality does not take part.' })
  population: number;

  @Field(() => SafeIntResolver, { description: 'The equal part, rounded to whole kroner for display.' })
  fixedPart: number;

  @Field(() => SafeIntResolver, { description: 'The population part, rounded to whole kroner for display.' })
  perCapitaPart: number;

  @Field(() => SafeIntResolver, { description: 'What the municipality pays, whole kroner; the lines always add up to municipalShare.' })
  amount: number;
}

@ObjectType({ description: 'How the municipal share is split among the municipalities.' })
export class CostAllocation {
  @Field(() => Int, { nullable: true, description: 'The budget year; null for a what-if.' })
  budgetYear: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the population figures (per 1 January, the year before the budget year); null for a what-if.',
  })
  populationYear: number | null;

  @Field(() => SafeIntResolver, { description: 'Whole kroner split among the municipalities.' })
  municipalShare: number;

  @Field(() => Float, { description: 'Share split in equal parts, 0 to 1.' })
  fixedShareRatio: number;

  @Field(() => Int, { description: 'Population of the participating municipalities together.' })
  totalPopulation: number;

  @Field(() => [CostAllocationLine], { description: 'One line per municipality, by municipality number.' })
  lines: CostAllocationLine[];
}
