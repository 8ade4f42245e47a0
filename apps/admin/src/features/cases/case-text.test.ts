import { describe, expect, it } from 'vitest';

import { parseCaseText } from './case-text';

describe('case text formatting', () => {
  it('makes paragraphs, bullet and numbered lists, and bold text', () => {
    expect(parseCaseText('Første avsnitt\nsamme avsnitt\n\n- én\n- to\n\n1. Vedtar\n2. Ber om\n\nDette **forplikter** partnerne.')).toEqual(
      [
        { kind: 'paragraph', lines: [[{ text: 'Første avsnitt', bold: false }], [{ text: 'samme avsnitt', bold: false }]] },
        { kind: 'bullets', items: [[{ text: 'én', bold: false }], [{ text: 'to', bold: false }]] },
        { kind: 'numbers', items: [[{ text: 'Vedtar', bold: false }], [{ text: 'Ber om', bold: false }]] },
        {
          kind: 'paragraph',
          lines: [
            [
              { text: 'Dette ', bold: false },
              { text: 'forplikter', bold: true },
              { text: ' partnerne.', bold: false },
            ],
          ],
        },
      ],
    );
  });

  it('keeps markup as text: nothing is HTML', () => {
    expect(parseCaseText('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<script>alert(1)</script>', bold: false }]] },
    ]);
    expect(parseCaseText('  \n\n ')).toEqual([]);
  });
});
