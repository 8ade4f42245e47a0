/** The API's minimum for a new password. */
export const minPasswordLength = 10;

export interface PasswordChangeValues {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordChangeProblems = Partial<Record<keyof PasswordChangeValues, 'currentRequired' | 'tooShort' | 'mismatch'>>;

/** What can be checked before asking the API: the current password given, a long enough new one, typed twice. */
export function checkPasswordChange(values: PasswordChangeValues): PasswordChangeProblems {
  const problems: PasswordChangeProblems = {};
  if (values.current === '') problems.current = 'currentRequired';
  if (values.next.length < minPasswordLength) problems.next = 'tooShort';
  else if (values.repeat !== values.next) problems.repeat = 'mismatch';
  return problems;
}
