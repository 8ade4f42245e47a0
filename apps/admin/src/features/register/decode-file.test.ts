import { describe, expect, it } from 'vitest';

import { decodeCsv } from './decode-file';

describe('decodeCsv', () => {
  it('reads UTF-8 without its BOM, and Latin-1 bytes as Latin-1', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('"1804 Bodø"')]);
    expect(decodeCsv(utf8.buffer)).toBe('"1804 Bodø"');
    const latin1 = new Uint8Array([0x22, 0x31, 0x38, 0x30, 0x34, 0x20, 0x42, 0x6f, 0x64, 0xf8, 0x22]);
    expect(decodeCsv(latin1.buffer)).toBe('"1804 Bodø"');
  });
});
