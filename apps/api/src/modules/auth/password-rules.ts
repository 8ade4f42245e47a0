import { badUserInput } from '../../common/errors.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

export const MAX_PASSWORD_LENGTH = 200;

/** A password a person chooses: long enough to resist guessing, short enough to hash cheaply. */
export function checkNewPassword(password: string, field = 'newPassword'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badUserInput(field, 'TOO_SHORT', { min: MIN_PASSWORD_LENGTH }, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(field, 'TOO_LONG', { max: MAX_PASSWORD_LENGTH }, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
  }
}
