import { describe, expect, it } from 'vitest';
import { pdfWith, wordWith } from '../../../test/text-documents.js';
import { DOCX_UNPACKED_MAX_BYTES, extractAttachmentText, zipUnpackedBytes } from './attachment-text.js';
import { DOCX } from './case-attachment.rules.js';

/** The zip with its first central-directory entry claiming `size` unpacked bytes. */
function claimingUnpacked(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  const end = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  copy.writeUInt32LE(size, copy.readUInt32LE(end + 16) + 24);
  return copy;
}

describe('the words of an attachment', () => {
  it('reads a PDF’s text layer, a Word document and a text file, with Norwegian letters', async () => {
    expect(await extractAttachmentText(await pdfWith('Utskrivningsklare pasienter i Rødøy.'), 'application/pdf')).toContain(
      'Utskrivningsklare pasienter i Rødøy.',
    );
    expect(await extractAttachmentText(await wordWith('Legemiddelgjennomgang på sykehjemmet i Bø.'), DOCX.contentType)).toContain(
      'Legemiddelgjennomgang på sykehjemmet i Bø.',
    );
    expect(await extractAttachmentText(Buffer.from('Merknad fra Træna kommune.'), 'text/plain; charset=utf-8')).toBe(
      'Merknad fra Træna kommune.',
    );
  });

  it('gives no words for an image, a damaged PDF or a Word document that says it unpacks beyond the limit', async () => {
    expect(await extractAttachmentText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png')).toBe('');
    expect(await extractAttachmentText(Buffer.from('%PDF-1.4\nnot really a pdf'), 'application/pdf')).toBe('');
    const word = await wordWith('Ord som ikke leses.');
    const stated = zipUnpackedBytes(word);
    expect(stated).toBeGreaterThan(0);
    expect(stated).toBeLessThan(DOCX_UNPACKED_MAX_BYTES);
    expect(zipUnpackedBytes(claimingUnpacked(word, DOCX_UNPACKED_MAX_BYTES + 1))).toBeGreaterThan(DOCX_UNPACKED_MAX_BYTES);
    expect(await extractAttachmentText(claimingUnpacked(word, DOCX_UNPACKED_MAX_BYTES + 1), DOCX.contentType)).toBe('');
    expect(zipUnpackedBytes(Buffer.from('no zip at all, just text'))).toBeNull();
  });
});
