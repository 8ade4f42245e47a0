import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { MaxLength, Min, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { AppError, badUserInput, conflict, notFound } from './errors.js';
import { createErrorFormatter } from './format-error.js';
import { NotBlank } from './validation.js';

const format = createErrorFormatter(createLogger('silent'));

function formatThrown(error: Error) {
  return format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
}

class ExampleInput {
  @NotBlank()
  @MaxLength(5)
  name = '';

  @Min(0)
  population = 0;
}

describe('the error formatter', () => {
  it('gives a refusal its transport code, its reason and params, and the field', () => {
    expect(formatThrown(badUserInput('endsOn', 'TOO_SMALL', { min: 3 }, 'must be at least 3')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_SMALL',
      params: { min: 3 },
      field: 'endsOn',
    });
    expect(formatThrown(notFound('organ', 'abc')).extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      params: { entity: 'organ', id: 'abc' },
    });
    expect(formatThrown(conflict('CONCURRENT_CHANGE', {}, 'raced')).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONCURRENT_CHANGE',
    });
    expect(formatThrown(new AppError('FORBIDDEN', 'NOT_PERMITTED', { permission: 'users:manage' }, 'no')).message).toBe('no');
  });

  it('lists every broken input rule with its own reason, and the rule’s declared limit as params', async () => {
    const input = Object.assign(new ExampleInput(), { name: ' too long ', population: -1 });
    const validationErrors = await validate(input);
    const formatted = format(
      { message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT', validationErrors } },
      new GraphQLError('Argument Validation Error', { extensions: { code: 'BAD_USER_INPUT', validationErrors } }),
    );
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'name' });
    expect(formatted.extensions?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', reason: 'TOO_LONG', params: { max: 5 } }),
        expect.objectContaining({ field: 'population', reason: 'TOO_SMALL', params: { min: 0 } }),
      ]),
    );
    const blank = await validate(Object.assign(new ExampleInput(), { name: '   ' }));
    const formattedBlank = format(
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', validationErrors: blank } },
      new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT', validationErrors: blank } }),
    );
    expect(formattedBlank.extensions?.fields).toEqual([expect.objectContaining({ field: 'name', reason: 'REQUIRED' })]);
  });

  it('gives refusals raised by graphql-js or Apollo a reason too', () => {
    const invalid = format(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new Error('x'),
    );
    expect(invalid.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'MALFORMED_REQUEST', params: {} });
    const wrongType = format({ message: 'Variable "$id" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }, new Error('x'));
    expect(wrongType.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE', params: {} });
  });

  it('answers an unexpected error without internals, as INTERNAL', () => {
    const formatted = formatThrown(new Error('relation "secret_table" does not exist'));
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', params: {} },
    });
  });

  it('answers a race caught by PostgreSQL as CONFLICT with a reason', () => {
    const race = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(formatThrown(race).extensions).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE', params: {} });
  });

  it('answers a race caught by a named constraint with that rule’s own reason', () => {
    const race = Object.assign(new Error('conflicting key value violates exclusion constraint'), {
      code: '23P01',
      constraint: 'ex_appointment_one_personal_deputy',
    });
    expect(formatThrown(race)).toMatchObject({
      message: 'The member already has a personal deputy in this period.',
      extensions: { code: 'CONFLICT', reason: 'DEPUTY_ALREADY_APPOINTED', params: { holderName: null }, field: 'deputyForAppointmentId' },
    });
    const unlisted = Object.assign(new Error('duplicate key'), { code: '23505', constraint: 'toString' });
    expect(formatThrown(unlisted).extensions).toEqual({ code: 'CONFLICT', reason: 'CONCURRENT_CHANGE', params: {} });
  });
});
