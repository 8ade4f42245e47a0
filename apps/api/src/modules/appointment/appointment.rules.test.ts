import { describe, expect, it } from 'vitest';
import { assertChairRotation, assertRoleFitsSeat, seatTakenMessage, assertWithinMemberPeriod, parityOf } from './appointment.rules.js';

describe('seat rules', () => {
  it('names the holder and their term when a seat is taken', () => {
    expect(seatTakenMessage({ startsOn: '2025-01-01', endsOn: '2026-12-31' }, 'Kari')).toBe(
      'The seat is already held from 2025-01-01 to 2026-12-31 (Kari): end that appointment first, or replace the holder.',
    );
    expect(seatTakenMessage({ startsOn: '2025-01-01', endsOn: null }, 'Ola')).toMatch(/from 2025-01-01 \(Ola\)/);
  });

  it('keeps a personal deputy within the period of the member', () => {
    const member = { startsOn: '2025-01-01', endsOn: '2026-12-31' };
    expect(() => assertWithinMemberPeriod({ startsOn: '2025-03-01', endsOn: '2026-12-31' }, member)).not.toThrow();
    expect(() => assertWithinMemberPeriod({ startsOn: '2025-03-01', endsOn: null }, member)).toThrow(/within the member's period/);
    expect(() => assertWithinMemberPeriod({ startsOn: '2024-12-01', endsOn: '2025-06-01' }, member)).toThrow();
  });

  it('puts observers on observer seats, deputies on the hospital list and personal deputies with municipal members', () => {
    expect(() => assertRoleFitsSeat('MEMBER', { side: 'OBSERVER', voting: false })).toThrow();
    expect(() => assertRoleFitsSeat('DEPUTY', { side: 'MUNICIPAL', voting: true })).toThrow(/hospital/);
    expect(() => assertRoleFitsSeat('PERSONAL_DEPUTY', { side: 'HOSPITAL', voting: true })).toThrow();
    expect(() => assertRoleFitsSeat('PERSONAL_DEPUTY', { side: 'MUNICIPAL', voting: true })).not.toThrow();
  });
});

describe('chair rotation', () => {
  it('alternates the chair between the sides, for at most two years', () => {
    const previous = { startsOn: '2023-01-01', endsOn: '2024-12-31', side: 'HOSPITAL' as const };
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2026-12-31', side: 'MUNICIPAL' }, previous, 2)).not.toThrow();
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2026-12-31', side: 'HOSPITAL' }, previous, 2)).toThrow(
      /alternates/,
    );
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2027-01-01', side: 'MUNICIPAL' }, previous, 2)).toThrow(
      /at most 2 years/,
    );
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: null, side: 'MUNICIPAL' }, null, 2)).toThrow(/at most 2 years/);
  });
});

describe('parityOf', () => {
  const seats = (hospital: number, municipal: number, vacantMunicipal = 0) => [
    ...Array.from({ length: hospital }, () => ({ side: 'HOSPITAL' as const, voting: true, filled: true })),
    ...Array.from({ length: municipal }, (_, index) => ({ side: 'MUNICIPAL' as const, voting: true, filled: index >= vacantMunicipal })),
    { side: 'OBSERVER' as const, voting: false, filled: true },
  ];

  it('is balanced with 7 and 7 voting members', () => {
    expect(parityOf(seats(7, 7))).toMatchObject({ hospitalVotingMembers: 7, municipalVotingMembers: 7, balanced: true, problems: [] });
  });

  it('reports an organ with every seat vacant as not balanced', () => {
    const empty = seats(7, 7).map((seat) => ({ ...seat, filled: false }));
    expect(parityOf(empty)).toMatchObject({ balanced: false, hospitalVotingMembers: 0, problems: ['14 of 14 voting seats are vacant.'] });
  });

  it('reports a vacant municipal seat and unequal seat counts, never silently', () => {
    expect(parityOf(seats(7, 7, 1))).toMatchObject({
      balanced: false,
      problems: ['7 hospital and 6 municipal voting members hold their seats.', '1 of 14 voting seats are vacant.'],
    });
    expect(parityOf(seats(7, 6)).problems[0]).toBe('The organ has 7 hospital and 6 municipal voting seats.');
  });
});
