import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print, type DocumentNode } from 'graphql';

const GENERATED = fileURLToPath(new URL('../../admin/src/gql/graphql.ts', import.meta.url));
let generated: string | undefined;

/**
 * The operation a page of the admin UI sends, with its fragments, read from the UI's generated
 * documents (GraphQL Code Generator): a test of "the page's operation" follows the page as it changes.
 */
export function adminOperation(name: string): string {
  generated ??= fs.readFileSync(GENERATED, 'utf8');
  const match = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode`).exec(generated);
  if (!match?.[1]) throw new Error(`The admin UI has no operation ${name} (apps/admin/src/gql/graphql.ts).`);
  return print(JSON.parse(match[1]) as DocumentNode);
}
