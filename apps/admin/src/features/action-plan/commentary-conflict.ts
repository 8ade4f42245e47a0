import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The commentary someone else saved, from a COMMENTARY_CHANGED refusal: what to show and the version to save over. */
export interface SavedMeanwhile {
  text: string;
  version: number;
}

/** The text and version another writer saved, when the save was refused for that; undefined for any other failure. */
export function savedMeanwhile(error: unknown): SavedMeanwhile | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions;
    if (extensions?.reason !== 'COMMENTARY_CHANGED') continue;
    const params: unknown = extensions.params;
    if (typeof params !== 'object' || params === null) continue;
    const text = 'currentText' in params ? params.currentText : undefined;
    const version = 'currentVersion' in params ? params.currentVersion : undefined;
    if (typeof text === 'string' && typeof version === 'number') return { text, version };
  }
  return undefined;
}
