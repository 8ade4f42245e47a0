import { describe, expect, it } from 'vitest';

import {
  ACTIVE_STATUS_LEVELS_WORST_FIRST,
  STATUS_LEVELS,
  isActiveStatus,
  statusColours,
  statusLabels,
  statusLevelSchema,
  statusSeverity,
  worstActiveStatus,
} from './status.js';

describe('STATUS_LEVELS', () => {
  it('lists the six levels of the traffic-light scale', () => {
    expect(STATUS_LEVELS).toEqual(['ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED', 'NOT_STARTED', 'CANCELLED']);
  });
});

describe('statusLevelSchema', () => {
  it('accepts every level', () => {
    for (const level of STATUS_LEVELS) {
      expect(statusLevelSchema.parse(level)).toBe(level);
    }
  });

  it('rejects a level when it is unknown or not upper case', () => {
    expect(statusLevelSchema.safeParse('GREEN').success).toBe(false);
    expect(statusLevelSchema.safeParse('on_track').success).toBe(false);
    expect(statusLevelSchema.safeParse(null).success).toBe(false);
  });
});

describe('statusLabels', () => {
  it('names every level in Norwegian bokmål', () => {
    expect(statusLabels.nb).toEqual({
      ON_TRACK: 'På sporet',
      AT_RISK: 'I risiko',
      DELAYED: 'Forsinket',
      COMPLETED: 'Fullført',
      NOT_STARTED: 'Ikke startet',
      CANCELLED: 'Avlyst',
    });
  });

  it('names every level in English', () => {
    expect(STATUS_LEVELS.map((level) => statusLabels.en[level])).toEqual([
      'On track',
      'At risk',
      'Delayed',
      'Completed',
      'Not started',
      'Cancelled',
    ]);
  });
});

describe('statusColours', () => {
  it('gives each level its traffic-light colour', () => {
    expect(STATUS_LEVELS.map((level) => statusColours[level])).toEqual(['green', 'yellow', 'red', 'blue', 'grey', 'grey']);
  });
});

describe('severity', () => {
  it('orders the active levels from DELAYED down to NOT_STARTED', () => {
    const bySeverity = [...ACTIVE_STATUS_LEVELS_WORST_FIRST].sort((a, b) => statusSeverity[b] - statusSeverity[a]);
    expect(bySeverity).toEqual(['DELAYED', 'AT_RISK', 'ON_TRACK', 'NOT_STARTED']);
  });

  it('gives no severity to COMPLETED and CANCELLED', () => {
    expect(isActiveStatus('COMPLETED')).toBe(false);
    expect(isActiveStatus('CANCELLED')).toBe(false);
    expect(STATUS_LEVELS.filter(isActiveStatus)).toEqual(['ON_TRACK', 'AT_RISK', 'DELAYED', 'NOT_STARTED']);
  });
});

describe('worstActiveStatus', () => {
  it('returns the most severe level when several are active', () => {
    expect(worstActiveStatus(['ON_TRACK', 'DELAYED', 'AT_RISK'])).toBe('DELAYED');
    expect(worstActiveStatus(['NOT_STARTED', 'ON_TRACK'])).toBe('ON_TRACK');
  });

  it('ignores finished levels when active ones are present', () => {
    expect(worstActiveStatus(['COMPLETED', 'CANCELLED', 'NOT_STARTED'])).toBe('NOT_STARTED');
  });

  it('returns null when no level is active', () => {
    expect(worstActiveStatus([])).toBeNull();
    expect(worstActiveStatus(['COMPLETED', 'CANCELLED'])).toBeNull();
  });
});
