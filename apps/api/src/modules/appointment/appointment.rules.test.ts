import { describe, expect, it } from 'vitest';
import {
  assertChairRotation,
  assertRoleFitsSeat,
  assertWithinMemberPeriod,
  parityOf,
  rolesForSeat,
  seatTaken,
  sideMismatch,
  sideOfPartnerKind,
} from './appointment.rules.js';

describe('seat rules', () => {
  it('names the holder and their term when a seat is taken', () => {
    const taken = seatTaken({ startsOn: '2025-01-01', endsOn: '2026-12-31' }, 'Kari');
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      reason: 'SEAT_TAKEN',
      params: { holderName: 'Kari', startsOn: '2025-01-01', endsOn: '2026-12-31' },
      field: 'startsOn',
      message: 'The seat is already held from 2025-01-01 to 2026-12-31 (Kari): end that appointment first, or replace the holder.',
    });
    expect(seatTaken({ startsOn: '2025-01-01', endsOn: null }, 'Ola').params).toEqual({
      holderName: 'Ola',
      startsOn: '2025-01-01',
      endsOn: null,
    });
  });

  it('keeps a personal deputy within the period of the member', () => {
    const member = { startsOn: '2025-01-01', endsOn: '2026-12-31' };
    expect(() => assertWithinMemberPeriod({ startsOn: '2025-03-01', endsOn: '2026-12-31' }, member)).not.toThrow();
    expect(() => assertWithinMemberPeriod({ startsOn: '2025-03-01', endsOn: null }, member)).toThrow(
      expect.objectContaining({
        reason: 'DEPUTY_OUTSIDE_MEMBER_TERM',
        params: { memberStartsOn: '2025-01-01', memberEndsOn: '2026-12-31' },
      }),
    );
    expect(() => assertWithinMemberPeriod({ startsOn: '2024-12-01', endsOn: '2025-06-01' }, member)).toThrow();
  });

  it('puts observers on observer seats, deputies on the hospital list and personal deputies with municipal members', () => {
    expect(() => assertRoleFitsSeat('MEMBER', { side: 'OBSERVER', voting: false })).toThrow();
    expect(() => assertRoleFitsSeat('DEPUTY', { side: 'MUNICIPAL', voting: true })).toThrow(
      expect.objectContaining({ reason: 'ROLE_NOT_FOR_SEAT', params: { role: 'DEPUTY', seatSide: 'MUNICIPAL' } }),
    );
    expect(() => assertRoleFitsSeat('PERSONAL_DEPUTY', { side: 'HOSPITAL', voting: true })).toThrow();
    expect(() => assertRoleFitsSeat('PERSONAL_DEPUTY', { side: 'MUNICIPAL', voting: true })).not.toThrow();
  });
});

describe('chair rotation', () => {
  it('alternates the chair between the sides, for at most two years', () => {
    const previous = { startsOn: '2023-01-01', endsOn: '2024-12-31', side: 'HOSPITAL' as const };
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2026-12-31', side: 'MUNICIPAL' }, previous, 2)).not.toThrow();
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2026-12-31', side: 'HOSPITAL' }, previous, 2)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'CHAIR_SAME_SIDE', params: { previousSide: 'HOSPITAL' } }),
    );
    expect(() => assertChairRotation({ startsOn: '2025-01-01', endsOn: '2027-01-01', side: 'MUNICIPAL' }, previous, 2)).toThrow(
      expect.objectContaining({ reason: 'CHAIR_TERM_TOO_LONG', params: { rotationYears: 2, latestEndsOn: '2026-12-31' } }),
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
    expect(parityOf(empty)).toMatchObject({
      balanced: false,
      hospitalVotingMembers: 0,
      problems: [{ kind: 'SEATS_VACANT', hospital: 7, municipal: 7 }],
    });
  });

  it('reports a vacant municipal seat and unequal seat counts, never silently', () => {
    expect(parityOf(seats(7, 7, 1))).toMatchObject({
      balanced: false,
      problems: [
        { kind: 'MEMBERS_UNEQUAL', hospital: 7, municipal: 6 },
        { kind: 'SEATS_VACANT', hospital: 0, municipal: 1 },
      ],
    });
    expect(parityOf(seats(7, 6)).problems).toEqual([
      { kind: 'SEATS_UNEQUAL', hospital: 7, municipal: 6 },
      { kind: 'MEMBERS_UNEQUAL', hospital: 7, municipal: 6 },
    ]);
  });
});

describe('rolesForSeat', () => {
  it('offers the member, personal deputy and the offices on a municipal voting seat of an organ with an electing organ', () => {
    expect(rolesForSeat({ side: 'MUNICIPAL', voting: true }, true)).toEqual(['MEMBER', 'PERSONAL_DEPUTY', 'CHAIR', 'VICE_CHAIR']);
  });
  it("offers the ordered deputies on the hospital's list seat and observers on an observer seat", () => {
    expect(rolesForSeat({ side: 'HOSPITAL', voting: false }, true)).toEqual(['DEPUTY']);
    expect(rolesForSeat({ side: 'OBSERVER', voting: false }, true)).toEqual(['OBSERVER']);
  });
  it('leaves out the offices when no organ elects them', () => {
    expect(rolesForSeat({ side: 'HOSPITAL', voting: true }, false)).toEqual(['MEMBER']);
  });
});

describe('sideMismatch', () => {
  it("flags the hospital's employee on a municipal seat, and not an unknown side or an observer seat", () => {
    expect(sideMismatch('MUNICIPAL', sideOfPartnerKind('HOSPITAL_TRUST'))).toBe(true);
    expect(sideMismatch('MUNICIPAL', sideOfPartnerKind('MUNICIPALITY'))).toBe(false);
    expect(sideMismatch('MUNICIPAL', sideOfPartnerKind(null))).toBe(false);
    expect(sideMismatch('OBSERVER', 'HOSPITAL')).toBe(false);
  });
});
