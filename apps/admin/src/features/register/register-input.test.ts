import { describe, expect, it } from 'vitest';

import {
  communityDetailsInput,
  oneOf,
  organInput,
  organKinds,
  partnerInput,
  procedureRulesInput,
  regionalCouncilInput,
  together,
  councilCandidates,
} from './register-input';

const emptyRules = {
  meetingsPerYear: '',
  caseSubmissionDeadlineDays: '',
  noticePeriodDays: '',
  noticePeriodMaxDays: '',
  extraordinaryNoticeDays: '',
  protocolDeadlineDays: '',
  minutesObjectionPeriodDays: '',
};

const organ = {
  name: 'FSU psykisk helse',
  kind: 'PROFESSIONAL_COMMITTEE',
  establishedOn: '2025-01-01',
  dissolvedOn: '',
  officersElectedByOrganId: '',
  chairRotationYears: '',
} as const;

describe('the community details', () => {
  it('trims both names', () => {
    expect(communityDetailsInput({ name: '  Helsefellesskap Helgeland ', shortName: 'Helgeland ' })).toEqual({
      ok: true,
      input: { name: 'Helsefellesskap Helgeland', shortName: 'Helgeland' },
    });
  });

  it('requires both names and names each empty field', () => {
    expect(communityDetailsInput({ name: ' ', shortName: '' })).toEqual({
      ok: false,
      problems: { name: 'required', shortName: 'required' },
    });
  });
});

describe('a partner', () => {
  it('takes a municipality with its four-digit number and the day it joined', () => {
    expect(partnerInput({ kind: 'MUNICIPALITY', name: ' Lødingen', municipalityNumber: ' 1851 ', joinedOn: '2026-01-01' })).toEqual({
      ok: true,
      input: { name: 'Lødingen', municipalityNumber: '1851', joinedOn: '2026-01-01' },
    });
  });

  it('refuses a municipality without a number or with one that is not four digits', () => {
    expect(partnerInput({ kind: 'MUNICIPALITY', name: 'Lødingen', municipalityNumber: '', joinedOn: '' })).toEqual({
      ok: false,
      problems: { municipalityNumber: 'required' },
    });
    expect(partnerInput({ kind: 'MUNICIPALITY', name: '', municipalityNumber: '185', joinedOn: '2026-02-30' })).toEqual({
      ok: false,
      problems: { name: 'required', municipalityNumber: 'municipalityNumber', joinedOn: 'date' },
    });
  });

  it('leaves out the number of the hospital trust, whatever the hidden field holds, and an empty joined day is null', () => {
    expect(partnerInput({ kind: 'HOSPITAL_TRUST', name: 'Nordlandssykehuset HF', municipalityNumber: 'x', joinedOn: '' })).toEqual({
      ok: true,
      input: { name: 'Nordlandssykehuset HF', joinedOn: null },
    });
  });
});

describe('a regional council', () => {
  it('trims the name and lists each member once', () => {
    expect(regionalCouncilInput({ name: ' Ofotrådet ', memberPartnerIds: ['7', '9', '7'] })).toEqual({
      ok: true,
      input: { name: 'Ofotrådet', memberPartnerIds: ['7', '9'] },
    });
  });

  it('requires a name and allows a council without members yet', () => {
    expect(regionalCouncilInput({ name: '', memberPartnerIds: [] })).toEqual({ ok: false, problems: { name: 'required' } });
    expect(regionalCouncilInput({ name: 'Ofotrådet', memberPartnerIds: [] })).toEqual({
      ok: true,
      input: { name: 'Ofotrådet', memberPartnerIds: [] },
    });
  });
});

describe('the municipalities a regional council can have', () => {
  const partner = { kind: 'MUNICIPALITY', leftOn: null, regionalCouncil: null } as const;
  const partners = [
    { ...partner, id: '3', name: 'Vågan', municipalityNumber: '1865', regionalCouncil: { id: 'c1', name: 'Lofotrådet' } },
    { ...partner, id: '1', name: 'Bodø', municipalityNumber: '1804' },
    { ...partner, id: '2', name: 'Nordlandssykehuset HF', kind: 'HOSPITAL_TRUST', municipalityNumber: null },
    { ...partner, id: '4', name: 'Røst', municipalityNumber: '1856', leftOn: '2025-12-31' },
    { ...partner, id: '5', name: 'Værøy', municipalityNumber: '1857', leftOn: '2026-12-31' },
  ] as const;

  it('are the municipalities that are partners today or later, by number, with the council each is in', () => {
    expect(councilCandidates(partners, '2026-06-01', [])).toEqual([
      { id: '1', name: 'Bodø', municipalityNumber: '1804', council: null },
      { id: '5', name: 'Værøy', municipalityNumber: '1857', council: null },
      { id: '3', name: 'Vågan', municipalityNumber: '1865', council: { id: 'c1', name: 'Lofotrådet' } },
    ]);
  });

  it('keep a member that has left, so it can be taken out', () => {
    expect(councilCandidates(partners, '2026-06-01', ['4']).map((candidate) => candidate.name)).toEqual(['Bodø', 'Røst', 'Værøy', 'Vågan']);
  });
});

describe('the rules of procedure', () => {
  it('reads whole numbers (spaces between digit groups allowed) and empty fields as not set', () => {
    expect(
      procedureRulesInput({ ...emptyRules, meetingsPerYear: ' 4 ', caseSubmissionDeadlineDays: '28', noticePeriodDays: '1 4' }),
    ).toEqual({
      ok: true,
      input: {
        meetingsPerYear: 4,
        caseSubmissionDeadlineDays: 28,
        noticePeriodDays: 14,
        noticePeriodMaxDays: null,
        extraordinaryNoticeDays: null,
        protocolDeadlineDays: null,
        minutesObjectionPeriodDays: null,
      },
    });
  });

  it('names every field that is not a whole number from 0 up', () => {
    expect(procedureRulesInput({ ...emptyRules, meetingsPerYear: '-1', protocolDeadlineDays: '7,5', noticePeriodDays: 'to' })).toEqual({
      ok: false,
      problems: { meetingsPerYear: 'wholeNumber', noticePeriodDays: 'wholeNumber', protocolDeadlineDays: 'wholeNumber' },
    });
  });
});

describe('an organ', () => {
  it('takes the details and the officers’ rules, with none chosen as null', () => {
    expect(organInput({ ...organ, chairRotationYears: '2' })).toEqual({
      ok: true,
      input: {
        name: 'FSU psykisk helse',
        kind: 'PROFESSIONAL_COMMITTEE',
        establishedOn: '2025-01-01',
        dissolvedOn: null,
        officers: { officersElectedByOrganId: null, chairRotationYears: 2 },
      },
    });
    expect(organInput({ ...organ, officersElectedByOrganId: '12' })).toMatchObject({
      ok: true,
      input: { officers: { officersElectedByOrganId: '12' } },
    });
  });

  it('names an empty name, a date that does not exist and years that are not a whole number', () => {
    expect(organInput({ ...organ, name: ' ', dissolvedOn: '2025-13-01', chairRotationYears: 'two' })).toEqual({
      ok: false,
      problems: { name: 'required', dissolvedOn: 'date', chairRotationYears: 'wholeNumber' },
    });
  });
});

describe('two parts of one form', () => {
  it('give both inputs when both are good, else the problems of both', () => {
    const name = communityDetailsInput({ name: 'A', shortName: 'A' });
    expect(together(name, procedureRulesInput(emptyRules))).toMatchObject({ ok: true, input: [{ name: 'A' }, { meetingsPerYear: null }] });
    expect(together(organInput({ ...organ, name: '' }), procedureRulesInput({ ...emptyRules, meetingsPerYear: 'x' }))).toEqual({
      ok: false,
      problems: { name: 'required', meetingsPerYear: 'wholeNumber' },
    });
  });
});

describe('a choice from a select', () => {
  it('is one of the allowed values, else the fallback', () => {
    expect(oneOf(organKinds, 'SECRETARIAT', 'OTHER')).toBe('SECRETARIAT');
    expect(oneOf(organKinds, 'BOARD', 'OTHER')).toBe('OTHER');
  });
});
