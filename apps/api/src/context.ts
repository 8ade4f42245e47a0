import type { Logger } from './logging/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { ClientInfo } from './modules/auth/auth.service.js';
import type { Caller } from './modules/auth/caller.js';
import type { SessionCookie } from './modules/auth/session-cookie.js';
import type { Services } from './services.js';

/** What every resolver sees: who asks, the services and this request's DataLoaders. */
export interface Context {
  caller: Caller;
  client: ClientInfo;
  sessionCookie: SessionCookie;
  identityProviders: { name: string; signInUrl: string }[];
  services: Services;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(fields: Omit<Context, 'loaders'>): Context {
  return { ...fields, loaders: createLoaders(fields.services.repositories, fields.caller) };
}
