import { describe, expect, it } from 'vitest';

import type { AppointmentRole } from '../../gql/graphql';
import { buildSeatRows, councilSeatStatus, deputiesOf, officersOf, replacedBy, sortHistory } from './seats';

let nextId = 0;
function appointment(role: AppointmentRole, name: string, startsOn: string, endsOn: string | null, extra: object = {}) {
  nextId += 1;
  return { id: `a${nextId}`, role, startsOn, endsOn, person: { id: `p-${name}`, name }, ...extra };
}

const term = ['2025-01-01', '2026-12-31'] as const;

describe('buildSeatRows', () => {
  it('sorts the seats and splits each into holders, personal deputies and officers', () => {
    const kari = appointment('MEMBER', 'Kari', ...term);
    const lars = appointment('PERSONAL_DEPUTY', 'Lars', ...term, { deputyForAppointmentId: kari.id });
    const chair = appointment('CHAIR', 'Kari', ...term);
    const deputies = [3, 1, 2].map((rank) => appointment('DEPUTY', `Vara ${rank}`, ...term, { deputyRank: rank }));
    const rows = buildSeatRows([
      { id: 'list', label: 'Sykehusets vararepresentantliste', side: 'HOSPITAL' as const, voting: false, position: 15, holders: deputies },
      { id: 'k1', label: 'Kommunal representant 1', side: 'MUNICIPAL' as const, voting: true, position: 8, holders: [chair, lars, kari] },
      { id: 'k5', label: 'Kommunal representant 5', side: 'MUNICIPAL' as const, voting: true, position: 12, holders: [] },
      { id: 'ks', label: 'KS', side: 'OBSERVER' as const, voting: false, position: 20, holders: [] },
    ]);
    expect(rows.map((row) => row.seat.id)).toEqual(['k1', 'k5', 'list', 'ks']);
    const [k1, k5, list, ks] = rows;
    expect(k1?.holders).toEqual([kari]);
    expect(k1?.personalDeputies).toEqual([lars]);
    expect(k1?.officers).toEqual([chair]);
    expect(k1?.vacant).toBe(false);
    expect(k5?.vacant).toBe(true);
    // The deputy list is never vacant: it has no member of its own.
    expect(list?.holders.map((holder) => holder.deputyRank)).toEqual([1, 2, 3]);
    expect(list?.vacant).toBe(false);
    expect(ks?.vacant).toBe(true);
  });

  it('finds the chair and vice-chair with their seats', () => {
    const hospitalMember = appointment('MEMBER', 'Anne', '2023-01-01', '2026-12-31');
    const viceChair = appointment('VICE_CHAIR', 'Anne', ...term);
    const municipalMember = appointment('MEMBER', 'Kari', ...term);
    const chair = appointment('CHAIR', 'Kari', ...term);
    const seats = [
      { id: 'h1', side: 'HOSPITAL' as const, voting: true, position: 1, holders: [hospitalMember, viceChair] },
      { id: 'k1', side: 'MUNICIPAL' as const, voting: true, position: 8, holders: [municipalMember, chair] },
    ];
    const { chair: foundChair, viceChair: foundViceChair } = officersOf(buildSeatRows(seats));
    expect(foundChair?.appointment).toBe(chair);
    expect(foundChair?.seat.side).toBe('MUNICIPAL');
    expect(foundViceChair?.seat.side).toBe('HOSPITAL');
    expect(officersOf(buildSeatRows([{ ...seats[0]!, holders: [hospitalMember] }]))).toEqual({ chair: undefined, viceChair: undefined });
  });
});

describe('a seat over time', () => {
  const earlier = appointment('MEMBER', 'Tone', '2023-01-01', '2024-12-31');
  const unni = appointment('MEMBER', 'Unni', '2025-01-01', '2026-11-30');
  const vegard = appointment('PERSONAL_DEPUTY', 'Vegard', '2025-01-01', '2026-11-30', { deputyForAppointmentId: unni.id });
  const ny = appointment('MEMBER', 'Ny', '2026-12-01', '2026-12-31');
  const nyVara = appointment('PERSONAL_DEPUTY', 'Ny vara', '2026-12-01', '2026-12-31', { deputyForAppointmentId: ny.id });
  const history = [nyVara, vegard, ny, unni, earlier];

  it('lists the history oldest first, the member before their deputy', () => {
    expect(sortHistory(history).map((entry) => entry.person.name)).toEqual(['Tone', 'Unni', 'Vegard', 'Ny', 'Ny vara']);
  });

  it('tells a council who sits today and who starts later', () => {
    const status = councilSeatStatus(history, '2026-11-25');
    expect(status.member).toBe(unni);
    expect(status.deputy).toBe(vegard);
    expect(status.upcoming).toEqual([ny, nyVara]);
    expect(status.members).toEqual([unni, ny]);
    expect(deputiesOf(history, ny.id, '2026-11-25')).toEqual([nyVara]);
    expect(councilSeatStatus(history, '2027-01-01')).toEqual({ member: undefined, deputy: undefined, upcoming: [], members: [] });
  });

  it('says whom a replacement ends, as the API does', () => {
    const current = [unni, vegard].map((entry) => ({ ...entry, endsOn: '2026-12-31' }));
    const seat = [earlier, ...current];
    expect(replacedBy(seat, { role: 'MEMBER', startsOn: '2026-12-01', endsOn: '2026-12-31' }).map((entry) => entry.person.name)).toEqual([
      'Unni',
      'Vegard',
    ]);
    expect(replacedBy(seat, { role: 'MEMBER', startsOn: '2027-01-01', endsOn: null })).toEqual([]);
    expect(
      replacedBy(seat, { role: 'PERSONAL_DEPUTY', startsOn: '2026-12-01', endsOn: null, deputyForAppointmentId: unni.id }).map(
        (entry) => entry.person.name,
      ),
    ).toEqual(['Vegard']);
  });
});
