import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The schema as committed in apps/api/schema.graphql: sorted, so diffs show real changes only. */
export async function printSchemaFile(): Promise<string> {
  const header = '# Generated from the resolvers by `npm run emit-schema --workspace @helsefellesskap/api`; do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
