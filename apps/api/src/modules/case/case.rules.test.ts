import { describe, expect, it } from 'vitest';
import { caseReference, isCaseEditable, mayMoveCase } from './case.rules.js';

describe('case references', () => {
  it('writes each organ kind as the seeds do', () => {
    expect(caseReference('STRATEGIC_COMMITTEE', 26, 2024)).toBe('SSU sak 26/2024');
    expect(caseReference('PARTNERSHIP_MEETING', 10, 2021)).toBe('Partnerskapsmøte sak 10-2021');
    expect(caseReference('PARTNERSHIP_MEETING', 4, 2022)).toBe('Partnerskapsmøte sak 04-2022');
    expect(caseReference('DIALOGUE_MEETING', 1, 2024)).toBe('Dialogmøte sak 01-2024');
    expect(caseReference('PROFESSIONAL_COMMITTEE', 3, 2024)).toBe('FSU sak 3/2024');
    expect(caseReference('SECRETARIAT', 3, 2024)).toBe('Sekretariatssak 3/2024');
    expect(caseReference('OTHER', 24, 2021)).toBe('Sak 024/2021');
  });

  it("uses an outside body's own reference for its case, and only there", () => {
    expect(caseReference('OTHER', 52, 2021, 'Styresak 052/2021')).toBe('Styresak 052/2021');
    expect(caseReference('STRATEGIC_COMMITTEE', 5, 2023, 'Styresak 1/2023')).toBe('SSU sak 5/2023');
  });
});

describe('case status changes by the secretariat', () => {
  it('submits or withdraws a draft, and takes a submitted case back while no meeting has it', () => {
    expect(mayMoveCase('DRAFT', 'SUBMITTED')).toBe(true);
    expect(mayMoveCase('DRAFT', 'WITHDRAWN')).toBe(true);
    expect(mayMoveCase('SUBMITTED', 'DRAFT')).toBe(true);
    expect(mayMoveCase('WITHDRAWN', 'DRAFT')).toBe(true);
  });

  it('leaves a case on an agenda or decided to the meeting', () => {
    expect(mayMoveCase('ON_AGENDA', 'WITHDRAWN')).toBe(false);
    expect(mayMoveCase('DECIDED', 'DRAFT')).toBe(false);
    expect(mayMoveCase('SUBMITTED', 'DECIDED')).toBe(false);
  });

  it('keeps decided and withdrawn cases as they are', () => {
    expect(isCaseEditable('DECIDED')).toBe(false);
    expect(isCaseEditable('WITHDRAWN')).toBe(false);
    expect(isCaseEditable('ON_AGENDA')).toBe(true);
  });
});
