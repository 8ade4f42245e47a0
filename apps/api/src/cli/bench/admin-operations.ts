import { readFileSync } from 'node:fs';
import { Kind, OperationTypeNode, print, type DocumentNode } from 'graphql';

/**
 * The admin's generated documents (GraphQL Code Generator's client preset): one
 * `export const <Name>Document = {…} as unknown as DocumentNode<…>;` line per operation, the document as
 * JSON with its fragments. Read as text, so the API does not compile the admin's sources.
 */
export const ADMIN_DOCUMENTS_FILE = new URL('../../../../admin/src/gql/graphql.ts', import.meta.url);

const DOCUMENT_LINE = /^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm;

/** Every query operation the admin defines, by name, as the text it sends (fragments included). */
export function adminQueryOperations(file: URL = ADMIN_DOCUMENTS_FILE): Map<string, string> {
  const operations = new Map<string, string>();
  for (const [, json] of readFileSync(file, 'utf8').matchAll(DOCUMENT_LINE)) {
    const document = JSON.parse(json ?? '{}') as DocumentNode;
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operation?.operation === OperationTypeNode.QUERY && operation.name) operations.set(operation.name.value, print(document));
  }
  if (operations.size === 0) throw new Error(`No query operations found in ${file.pathname}: has the generated file changed shape?`);
  return operations;
}
