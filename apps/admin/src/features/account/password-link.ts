import { looksLikeEmail } from '../../shared/email';
import { minPasswordLength } from './password-change';

/** The token of a password link: it travels after `#token=`, so it never reaches a server log. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}

export interface NewPasswordValues {
  next: string;
  repeat: string;
}

export type NewPasswordProblems = Partial<Record<keyof NewPasswordValues, 'tooShort' | 'mismatch'>>;

/** What can be checked before asking the API: long enough, typed the same twice. */
export function checkNewPassword(values: NewPasswordValues): NewPasswordProblems {
  if (values.next.length < minPasswordLength) return { next: 'tooShort' };
  if (values.repeat !== values.next) return { repeat: 'mismatch' };
  return {};
}

/** The address to send a reset link to: given, and shaped like an address. */
export function checkResetEmail(email: string): 'emailRequired' | 'emailInvalid' | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return 'emailRequired';
  return looksLikeEmail(trimmed) ? undefined : 'emailInvalid';
}
