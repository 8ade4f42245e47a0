/** What a reason carries to the UI: JSON values only (dates as ISO `YYYY-MM-DD` strings). */
export type ReasonParamValue = string | number | boolean | null;
export type ReasonParamsShape = Record<string, ReasonParamValue>;

/** No parameters. */
export type NoParams = Record<never, never>;

/**
 * A reason's declaration: carries its parameter type for the compiler and nothing at run time, so
 * the list stays plain data that both the API and the UI can import.
 */
export interface ReasonSpec<P extends ReasonParamsShape> {
  readonly params?: P;
}

export function reason<P extends ReasonParamsShape = NoParams>(): ReasonSpec<P> {
  return {};
}
