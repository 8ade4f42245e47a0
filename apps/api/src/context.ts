import type { Logger } from './logging/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Services } from './services.js';

/** What every resolver sees: the services and this request's DataLoaders. */
export interface Context {
  services: Services;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(services: Services, logger: Logger): Context {
  return { services, loaders: createLoaders(services.repositories), logger };
}
