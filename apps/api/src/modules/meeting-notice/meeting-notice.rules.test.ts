import { describe, expect, it } from 'vitest';
import { caseSections, deputyCandidates, isNoticeLate, noticeRecipients, noticeWindow, type Holder } from './meeting-notice.rules.js';

const partnershipRules = { noticePeriodDays: 14, noticePeriodMaxDays: 21, extraordinaryNoticeDays: null };
const ssuRules = { noticePeriodDays: null, noticePeriodMaxDays: null, extraordinaryNoticeDays: 7 };

describe('the notice window', () => {
  it("takes the organ's period on the meeting date: the partnership meeting 2–3 weeks before", () => {
    const window = noticeWindow('2026-06-10', 'ORDINARY', partnershipRules);
    expect(window).toEqual({ requiredDays: 14, latestOn: '2026-05-27', earliestOn: '2026-05-20' });
    expect(isNoticeLate(window, '2026-05-27')).toBe(false);
    expect(isNoticeLate(window, '2026-05-28')).toBe(true);
  });

  it("gives an extraordinary meeting the organ's extraordinary notice, else the ordinary period", () => {
    expect(noticeWindow('2026-06-10', 'EXTRAORDINARY', ssuRules)).toEqual({ requiredDays: 7, latestOn: '2026-06-03', earliestOn: null });
    expect(noticeWindow('2026-06-10', 'EXTRAORDINARY', partnershipRules).requiredDays).toBe(14);
  });

  it('is never late when the organ sets no period', () => {
    const window = noticeWindow('2026-06-10', 'ORDINARY', ssuRules);
    expect(window).toEqual({ requiredDays: null, latestOn: null, earliestOn: null });
    expect(isNoticeLate(window, '2026-06-10')).toBe(false);
    expect(isNoticeLate(noticeWindow('2026-06-10', 'ORDINARY', null), '2026-06-10')).toBe(false);
  });
});

let next = 0;
function holder(overrides: Partial<Holder>): Holder {
  next += 1;
  return {
    appointmentId: `a${next}`,
    personId: `p${next}`,
    name: `Person ${next}`,
    email: `p${next}@example.test`,
    role: 'MEMBER',
    seatId: `s${next}`,
    seatLabel: `Sete ${next}`,
    seatSide: 'MUNICIPAL',
    seatVoting: true,
    deputyForAppointmentId: null,
    deputyRank: null,
    ...overrides,
  };
}

describe('the recipients and the deputies', () => {
  const municipal = holder({ name: 'Kommunal' });
  const personal = holder({ name: 'Personlig vara', role: 'PERSONAL_DEPUTY', deputyForAppointmentId: municipal.appointmentId });
  const otherPersonal = holder({ name: 'Annens vara', role: 'PERSONAL_DEPUTY', deputyForAppointmentId: 'someone else' });
  const hospital = holder({ name: 'Sykehus', seatSide: 'HOSPITAL' });
  const second = holder({ name: 'Vara 2', role: 'DEPUTY', seatSide: 'HOSPITAL', seatVoting: false, deputyRank: 2 });
  const first = holder({ name: 'Vara 1', role: 'DEPUTY', seatSide: 'HOSPITAL', seatVoting: false, deputyRank: 1 });
  const observer = holder({ name: 'Observatør', role: 'OBSERVER', seatSide: 'OBSERVER', seatVoting: false, email: null });
  const secretary = holder({ name: 'Sekretær', role: 'SECRETARY', seatSide: 'HOSPITAL' });
  const chairAlso = holder({ ...hospital, appointmentId: 'chair', role: 'CHAIR' });
  const holders = [municipal, personal, otherPersonal, hospital, chairAlso, second, first, observer, secretary];

  it('sends to members, deputies and observers, once per person, not to the secretary', () => {
    const recipients = noticeRecipients(holders);
    expect(recipients.map((recipient) => recipient.name)).toEqual([
      'Kommunal',
      'Personlig vara',
      'Annens vara',
      'Sykehus',
      'Vara 2',
      'Vara 1',
      'Observatør',
    ]);
    expect(recipients.find((recipient) => recipient.name === 'Sykehus')?.roles).toEqual(['MEMBER', 'CHAIR']);
    expect(recipients.find((recipient) => recipient.name === 'Observatør')?.email).toBeNull();
  });

  it("offers a municipal member's own personal deputy, and a hospital member the list in rank order, less those called in", () => {
    expect(deputyCandidates(municipal, holders, new Set()).map((deputy) => deputy.name)).toEqual(['Personlig vara']);
    expect(deputyCandidates(hospital, holders, new Set()).map((deputy) => deputy.name)).toEqual(['Vara 1', 'Vara 2']);
    expect(deputyCandidates(hospital, holders, new Set([first.appointmentId])).map((deputy) => deputy.name)).toEqual(['Vara 2']);
    expect(deputyCandidates(observer, holders, new Set())).toEqual([]);
  });
});

describe('the case papers in the notice', () => {
  it('prints the recommendation as numbered points and leaves empty texts out', () => {
    expect(
      caseSections({
        recommendation: ['SSU vedtar rutinen.', ' ', 'Rutinen evalueres.'],
        background: 'Avvik ved **utskrivning**.\n\n- ett\n- to',
        municipalAssessment: '  ',
        hospitalAssessment: 'Sykehuset støtter.',
      }),
    ).toEqual([
      { heading: 'Innstilling', text: '1. SSU vedtar rutinen.\n2. Rutinen evalueres.' },
      { heading: 'Bakgrunn', text: 'Avvik ved utskrivning.\n\n- ett\n- to' },
      { heading: 'Sykehusets vurdering', text: 'Sykehuset støtter.' },
    ]);
    expect(
      caseSections({ recommendation: ['Tas til orientering.'], background: '', municipalAssessment: '', hospitalAssessment: '' }),
    ).toEqual([{ heading: 'Innstilling', text: 'Tas til orientering.' }]);
  });
});
