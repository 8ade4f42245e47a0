import { describe, expect, it } from 'vitest';

import { buildFollowUpInput } from './follow-up-input';

const cell = { decisionId: 'd1', partnerId: 'rodoy', version: 2 };

describe('buildFollowUpInput', () => {
  it("builds Rødøy's adoption with the version it was read at, trimmed", () => {
    expect(
      buildFollowUpInput(
        { status: 'ADOPTED', localReference: ' K-sak 61/2022, Rødøy kommunestyre ', localDate: '2022-09-28', note: ' ' },
        cell,
      ),
    ).toEqual({
      ok: true,
      input: {
        decisionId: 'd1',
        partnerId: 'rodoy',
        status: 'ADOPTED',
        localReference: 'K-sak 61/2022, Rødøy kommunestyre',
        localDate: '2022-09-28',
        note: null,
        expectedVersion: 2,
      },
    });
  });

  it('asks for a status and a real date', () => {
    expect(buildFollowUpInput({ status: '', localReference: '', localDate: '28.09.2022', note: '' }, cell)).toEqual({
      ok: false,
      problems: { status: 'required', localDate: 'dateInvalid' },
    });
  });
});
