import { describe, expect, it } from 'vitest';

import { formatMeetingTime } from './meeting-time';

describe('formatMeetingTime', () => {
  it('shows the time in Norway, summer and winter', () => {
    expect(formatMeetingTime('2026-03-03T09:00:00Z', '2026-03-03T14:00:00Z', 'nb-NO')).toMatch(/tirsdag 3\. mars 2026.*10[:.]00–15[:.]00/);
    expect(formatMeetingTime('2026-06-02T08:00:00Z', null, 'nb-NO')).toMatch(/tirsdag 2\. juni 2026.*10[:.]00$/);
  });
});
