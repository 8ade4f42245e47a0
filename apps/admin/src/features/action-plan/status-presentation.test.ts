import { STATUS_LEVELS, statusColours, statusLabels } from '@helsefellesskap/status-schema';
import { describe, expect, it } from 'vitest';

import { patientGroupLabel, statusChartFill, statusLabel, statusReasonLabel, statusTagColour, toLocale } from './status-presentation';

describe('status presentation', () => {
  it("uses the package's labels in both languages", () => {
    for (const level of STATUS_LEVELS) {
      expect(statusLabel(level, 'nb')).toBe(statusLabels.nb[level]);
      expect(statusLabel(level, 'en')).toBe(statusLabels.en[level]);
    }
    expect(statusLabel('DELAYED', toLocale('nb'))).toBe('Forsinket');
    expect(statusLabel('DELAYED', toLocale('en'))).toBe('Delayed');
  });

  it("maps the package's colour names to Designsystemet colours", () => {
    expect(statusColours.DELAYED).toBe('red');
    expect(statusTagColour('DELAYED')).toBe('danger');
    expect(statusTagColour('ON_TRACK')).toBe('success');
    expect(statusTagColour('AT_RISK')).toBe('warning');
    expect(statusTagColour('COMPLETED')).toBe('info');
    expect(statusTagColour('CANCELLED')).toBe('neutral');
    expect(statusChartFill('DELAYED')).toBe('var(--ds-color-danger-border-default)');
  });

  it("explains reasons and names patient groups with the package's texts, passing unknown values through", () => {
    expect(statusReasonLabel('PAST_END_DATE', 'nb')).toBe('Sluttdatoen er passert uten at tiltaket er fullført.');
    expect(statusReasonLabel('SOMETHING_NEW', 'nb')).toBe('SOMETHING_NEW');
    expect(patientGroupLabel('FRAIL_ELDERLY', 'en')).toBe('Frail elderly');
    expect(patientGroupLabel('OTHER', 'en')).toBe('OTHER');
  });
});
