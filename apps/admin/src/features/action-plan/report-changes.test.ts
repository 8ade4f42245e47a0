import { describe, expect, it } from 'vitest';

import { createI18n } from '../../app/i18n';
import { describeChange } from './report-changes';

describe('describeChange', () => {
  it("says what changed with the package's status labels and progress in percent", async () => {
    const i18n = createI18n(undefined);
    const t = i18n.t.bind(i18n);
    expect(describeChange({ kind: 'STATUS_CHANGED', subject: 'Bredding', from: 'ON_TRACK', to: 'DELAYED' }, t, 'nb', 'nb-NO')).toBe(
      'Bredding: status endret fra På sporet til Forsinket',
    );
    expect(
      describeChange({ kind: 'PROGRESS_CHANGED', subject: 'Bredding', from: '50', to: '90' }, t, 'nb', 'nb-NO').replace(/\u00a0/g, ' '),
    ).toBe('Bredding: fremdrift endret fra 50 % til 90 %');
    expect(describeChange({ kind: 'NEW_MEASURE', subject: 'Nytt tiltak', from: null, to: null }, t, 'nb', 'nb-NO')).toBe(
      'Nytt tiltak: Nytt tiltak',
    );
    await i18n.changeLanguage('en');
    expect(describeChange({ kind: 'REMOVED_MEASURE', subject: 'Gammelt', from: null, to: null }, i18n.t.bind(i18n), 'en', 'en-GB')).toBe(
      'Measure removed: Gammelt',
    );
  });
});
