import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsPath } from './selection.js';

/** The info of the operation's first field, as graphql-js hands it to that field's resolver. */
function infoOf(document: string) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const field = operation?.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error('no field');
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [field], fragments };
}

describe('selectsPath', () => {
  it('finds a path asked directly, through a fragment and through an inline fragment', () => {
    expect(selectsPath(infoOf('{ focusAreas { measures { updates { id } } } }'), ['measures', 'updates'])).toBe(true);
    expect(
      selectsPath(
        infoOf('{ focusAreas { ...Area } } fragment Area on FocusArea { measures { ...M } } fragment M on Measure { updates { id } }'),
        ['measures', 'updates'],
      ),
    ).toBe(true);
    expect(selectsPath(infoOf('{ focusAreas { ... on FocusArea { measures { updates { id } } } } }'), ['measures', 'updates'])).toBe(true);
  });

  it('answers false when the path is not asked for, or only in part', () => {
    expect(selectsPath(infoOf('{ focusAreas { measures { id status } } }'), ['measures', 'updates'])).toBe(false);
    expect(selectsPath(infoOf('{ focusAreas { targets { id } } }'), ['measures', 'updates'])).toBe(false);
  });
});
