/** A community of the national data set exists but lacks what a run adds last: an earlier run was cut short. */
export class NationalDataIncompleteError extends Error {
  override name = 'NationalDataIncompleteError';
}
