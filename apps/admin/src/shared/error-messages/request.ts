import type { AreaMessages } from './types';

/** Refusals of a request as such (rarely seen in the UI, which sends well-formed requests). */
export const requestMessages: AreaMessages<'request'> = {
  nb: {
    NO_SUCH_PATH: () => 'Adressen finnes ikke.',
    INVALID_PAGE_CURSOR: () => 'Siden finnes ikke lenger. Gå tilbake til første side.',
  },
  en: {
    NO_SUCH_PATH: () => 'There is nothing at this address.',
    INVALID_PAGE_CURSOR: () => 'That page no longer exists. Go back to the first page.',
  },
};
