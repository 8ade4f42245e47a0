import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, OperationTypeNode, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { repositoryRoot } from '../../config/env.js';

/**
 * The admin's generated documents (GraphQL Code Generator's client preset): one
 * `export const <Name>Document = {…} as unknown as DocumentNode<…>;` line per operation, the document as
 * JSON with the fragments it uses. Read as text, so the API does not compile the admin's sources.
 */
export const ADMIN_DOCUMENTS_FILE = path.join(repositoryRoot, 'apps', 'admin', 'src', 'gql', 'graphql.ts');

const DOCUMENT_LINE = /^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm;

export interface AdminOperation {
  operation: OperationDefinitionNode;
  /** The operation with its fragments, as the admin sends it. */
  document: DocumentNode;
}

/** Every operation (queries and mutations) the admin defines, by name. */
export function adminOperations(file = ADMIN_DOCUMENTS_FILE): Map<string, AdminOperation> {
  const operations = new Map<string, AdminOperation>();
  for (const [, json] of readFileSync(file, 'utf8').matchAll(DOCUMENT_LINE)) {
    const document = JSON.parse(json ?? '{}') as DocumentNode;
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operation?.name) operations.set(operation.name.value, { operation, document });
  }
  if (operations.size === 0) throw new Error(`No operations found in ${file}: has the generated file changed shape?`);
  return operations;
}

/** Every query operation the admin defines, by name, as the text it sends (fragments included). */
export function adminQueryOperations(file = ADMIN_DOCUMENTS_FILE): Map<string, string> {
  return new Map(
    [...adminOperations(file)]
      .filter(([, { operation }]) => operation.operation === OperationTypeNode.QUERY)
      .map(([name, { document }]) => [name, print(document)]),
  );
}
