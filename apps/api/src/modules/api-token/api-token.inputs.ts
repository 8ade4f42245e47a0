import { IsInt, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS } from './api-token.rules.js';

@InputType('CreateApiTokenInput', { description: 'A new personal API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A name that says what uses it, 1–100 characters.' })
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @Field(() => Int, {
    defaultValue: API_TOKEN_DEFAULT_DAYS,
    description: `Days until it expires, 1–${API_TOKEN_MAX_DAYS}; ${API_TOKEN_DEFAULT_DAYS} when left out.`,
  })
  @IsInt()
  @Min(1)
  @Max(API_TOKEN_MAX_DAYS)
  days: number;
}
