import { configure } from '@testing-library/react';

// findBy* and waitFor wait 1 s by default: on a busy machine a render can take longer than that.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no CSS.escape; Designsystemet's popover polyfill calls it as soon as it is imported.
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  Object.defineProperty(globalThis, 'CSS', {
    configurable: true,
    value: { escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) },
  });
}
