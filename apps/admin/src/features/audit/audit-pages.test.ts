import { describe, expect, it } from 'vitest';

import { appendOlderEvents } from './audit-pages';

interface Data {
  auditEvents: { events: { id: string }[]; nextBefore: string | null };
}

describe('appendOlderEvents', () => {
  it('puts the older page below and takes its cursor', () => {
    const shown: Data = { auditEvents: { events: [{ id: '9' }, { id: '8' }], nextBefore: '8' } };
    const older: Data = { auditEvents: { events: [{ id: '7' }], nextBefore: null } };
    expect(appendOlderEvents(shown, older)).toEqual({
      auditEvents: { events: [{ id: '9' }, { id: '8' }, { id: '7' }], nextBefore: null },
    });
    expect(shown.auditEvents.events).toHaveLength(2);
  });
});
