import { describe, expect, it } from 'vitest';

import { buildInput, choices, valueOf, optionalDate, optionalNumber, ownerChoice, ownerIds, requiredText, year } from './authoring-input';

describe('authoring input', () => {
  it('reads a year of four digits and refuses anything else', () => {
    expect(year(' 2025 ')).toEqual({ ok: true, value: 2025 });
    expect(year('')).toEqual({ ok: false, problem: 'required' });
    expect(year('25')).toEqual({ ok: false, problem: 'yearInvalid' });
  });

  it('reads numbers with a decimal comma and thousands spaces, and an empty field as none', () => {
    expect(optionalNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(optionalNumber('1 200')).toEqual({ ok: true, value: 1200 });
    expect(optionalNumber('')).toEqual({ ok: true, value: null });
    expect(optionalNumber('tolv')).toEqual({ ok: false, problem: 'numberInvalid' });
  });

  it('reads dates as the date field gives them', () => {
    expect(optionalDate('2028-12-31')).toEqual({ ok: true, value: '2028-12-31' });
    expect(optionalDate('31.12.2028')).toEqual({ ok: false, problem: 'dateInvalid' });
  });

  it('collects every problem at once, or builds the input', () => {
    const build = (title: string, from: string) => {
      const parsed = { title: requiredText(title), periodFrom: year(from) };
      return buildInput(
        [
          ['title', parsed.title],
          ['periodFrom', parsed.periodFrom],
        ],
        () => ({ title: valueOf(parsed.title), periodFrom: valueOf(parsed.periodFrom) }),
      );
    };
    expect(build(' ', 'x')).toEqual({ ok: false, problems: { title: 'required', periodFrom: 'yearInvalid' } });
    expect(build('Plan', '2025')).toEqual({ ok: true, input: { title: 'Plan', periodFrom: 2025 } });
  });

  it("keeps a measure's owner as one choice of partner or organ", () => {
    expect(ownerIds(ownerChoice('p1', null))).toEqual({ ownerPartnerId: 'p1', ownerOrganId: null });
    expect(ownerIds(ownerChoice(null, 'o1'))).toEqual({ ownerPartnerId: null, ownerOrganId: 'o1' });
    expect(ownerIds('')).toEqual({ ownerPartnerId: null, ownerOrganId: null });
    expect(choices('FRAIL_ELDERLY,,CHILDREN_AND_YOUNG_PEOPLE')).toEqual(['FRAIL_ELDERLY', 'CHILDREN_AND_YOUNG_PEOPLE']);
  });
});
