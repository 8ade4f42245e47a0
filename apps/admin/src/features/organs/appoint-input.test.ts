import { describe, expect, it } from 'vitest';

import { appointFieldOf, buildAppointInput, emptyAppointValues } from './appoint-input';

describe('buildAppointInput', () => {
  it('registers a new person with the member appointment, trimmed, empty details as null', () => {
    const result = buildAppointInput(
      {
        ...emptyAppointValues,
        personMode: 'new',
        name: '  Ny Representant ',
        employer: 'Hattfjelldal kommune',
        email: ' ny@hattfjelldal.kommune.no',
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
        decisionReference: ' IHR sak 12/2026 ',
        replaceCurrent: true,
      },
      'seat-5',
      'MEMBER',
    );
    expect(result).toEqual({
      ok: true,
      input: {
        seatId: 'seat-5',
        role: 'MEMBER',
        newPerson: {
          name: 'Ny Representant',
          title: null,
          employer: 'Hattfjelldal kommune',
          email: 'ny@hattfjelldal.kommune.no',
          phone: null,
          partnerId: null,
        },
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
        decisionReference: 'IHR sak 12/2026',
        deputyForAppointmentId: null,
        deputyRank: null,
        replaceCurrent: true,
      },
    });
  });

  it('appoints a registered person as personal deputy for a member, open-ended when no end is given', () => {
    const result = buildAppointInput(
      {
        ...emptyAppointValues,
        personMode: 'existing',
        personId: 'person-1',
        name: 'ignored',
        deputyForAppointmentId: 'member-1',
        startsOn: '2026-12-01',
        decisionReference: 'IHR sak 13/2026',
      },
      'seat-5',
      'PERSONAL_DEPUTY',
    );
    expect(result).toEqual({
      ok: true,
      input: {
        seatId: 'seat-5',
        role: 'PERSONAL_DEPUTY',
        personId: 'person-1',
        startsOn: '2026-12-01',
        endsOn: null,
        decisionReference: 'IHR sak 13/2026',
        deputyForAppointmentId: 'member-1',
        deputyRank: null,
        replaceCurrent: false,
      },
    });
  });

  it("places a deputy on the hospital's list and names the partner a new person works for", () => {
    const values = {
      ...emptyAppointValues,
      personMode: 'new' as const,
      name: 'Vara Tre',
      partnerId: 'hospital',
      startsOn: '2026-12-01',
      decisionReference: 'HF 1/2026',
    };
    expect(buildAppointInput({ ...values, deputyRank: '0' }, 'list', 'DEPUTY')).toEqual({
      ok: false,
      problems: { deputyRank: 'rankRequired' },
    });
    const result = buildAppointInput({ ...values, deputyRank: '3' }, 'list', 'DEPUTY');
    expect(result).toMatchObject({
      ok: true,
      input: { role: 'DEPUTY', deputyRank: 3, newPerson: { name: 'Vara Tre', partnerId: 'hospital' } },
    });
  });

  it('names every problem at its field', () => {
    expect(buildAppointInput({ ...emptyAppointValues, personMode: 'existing' }, 'seat', 'PERSONAL_DEPUTY')).toEqual({
      ok: false,
      problems: {
        deputyForAppointmentId: 'memberRequired',
        personId: 'personRequired',
        startsOn: 'startsOnRequired',
        decisionReference: 'referenceRequired',
      },
    });
    expect(
      buildAppointInput(
        { ...emptyAppointValues, name: ' ', email: 'not an address', startsOn: '2026-12-01', endsOn: '2026-11-30', decisionReference: 'x' },
        'seat',
        'MEMBER',
      ),
    ).toEqual({ ok: false, problems: { name: 'nameRequired', email: 'emailInvalid', endsOn: 'endsBeforeStart' } });
    expect(
      buildAppointInput(
        { ...emptyAppointValues, name: 'A', startsOn: '2026-02-30', endsOn: 'soon', decisionReference: 'x' },
        'seat',
        'MEMBER',
      ),
    ).toEqual({ ok: false, problems: { startsOn: 'dateInvalid', endsOn: 'dateInvalid' } });
  });
});

describe('appointFieldOf', () => {
  it("puts the API's field errors at the form's fields", () => {
    expect(appointFieldOf('endsOn', 'new')).toBe('endsOn');
    expect(appointFieldOf('email', 'new')).toBe('email');
    expect(appointFieldOf('personId', 'existing')).toBe('personId');
    expect(appointFieldOf('personId', 'new')).toBe('name');
    expect(appointFieldOf('seatId', 'new')).toBeUndefined();
  });
});
