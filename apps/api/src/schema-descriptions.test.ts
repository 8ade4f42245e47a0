import 'reflect-metadata';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('the schema documents itself', () => {
  it('describes every type, field, argument, input field and enum value (analysts read it)', async () => {
    const schema = await createSchema();
    // The root types are named by GraphQL itself; their fields carry the descriptions.
    const roots = new Set([schema.getQueryType(), schema.getMutationType()].map((type) => type?.name));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description && !roots.has(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const argument of field.args) if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
