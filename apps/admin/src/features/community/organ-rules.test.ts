import { describe, expect, it } from 'vitest';

import { createI18n } from '../../app/i18n';
import { organRuleFacts } from './organ-rules';

const format = { integer: (value: number) => String(value) };

describe('organRuleFacts', () => {
  const { t } = createI18n(undefined);

  it("describes SSU's rules from the seeds in Norwegian", () => {
    const facts = organRuleFacts(
      {
        meetingsPerYear: 4,
        caseSubmissionDeadlineDays: 28,
        extraordinaryNoticeDays: 7,
        protocolDeadlineDays: 7,
        minutesObjectionPeriodDays: 4,
        decisionRule: 'VOTE',
      },
      t,
      format,
    );
    expect(facts).toEqual([
      { term: 'Møter per år', description: '4' },
      { term: 'Frist for å melde inn saker', description: '28 dager før møtet' },
      { term: 'Innkalling til ekstraordinære møter', description: 'minst 7 dager' },
      { term: 'Protokoll sendes', description: 'innen 7 dager etter møtet' },
      { term: 'Referatet godkjent uten innsigelser innen', description: '4 dager' },
      { term: 'Beslutningsform', description: 'Avstemning' },
    ]);
  });

  it('shows a notice period given as a range, and leaves out unrecorded rules', () => {
    const facts = organRuleFacts({ noticePeriodDays: 14, noticePeriodMaxDays: 21, decisionRule: 'CONSENSUS' }, t, format);
    expect(facts).toEqual([
      { term: 'Innkalling', description: '14–21 dager før møtet' },
      { term: 'Beslutningsform', description: 'Konsensus' },
    ]);
  });

  it('uses the singular for one day', () => {
    const facts = organRuleFacts({ minutesObjectionPeriodDays: 1, decisionRule: 'CONSENSUS' }, t, format);
    expect(facts[0]?.description).toBe('1 dag');
  });
});
