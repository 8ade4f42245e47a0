import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every `@Field` of an object type a resolver of its own that only reads the
 * property (`root[name]`, through its middleware chain even when that is empty), unless the type says
 * `simpleResolvers`. Called for every value of every list, it costs allocations and a call per field,
 * and it keeps graphql-jit from reading the property inline. This removes those resolvers where the
 * field has nothing else to do: no field resolver, no `@Authorized`, no middleware, and the same name
 * in GraphQL and in the class; graphql-js's default resolver then reads the same property. Every
 * other field keeps type-graphql's resolver. Returns the schema it was given, changed in place.
 */
export function withPlainFieldsRead(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((resolver) => `${resolver.getObjectType?.().name ?? ''}.${resolver.methodName}`));
  for (const objectType of storage.objectTypes) {
    const graphqlType = schema.getType(objectType.name);
    if (!isObjectType(graphqlType)) continue;
    const fields = graphqlType.getFields();
    for (const field of objectType.fields ?? []) {
      const plain =
        field.name === field.schemaName &&
        !resolved.has(`${objectType.target.name}.${field.name}`) &&
        !field.roles?.length &&
        !field.middlewares?.length &&
        !field.params?.length;
      const graphqlField = fields[field.schemaName];
      if (plain && graphqlField) graphqlField.resolve = undefined;
    }
  }
  return schema;
}
