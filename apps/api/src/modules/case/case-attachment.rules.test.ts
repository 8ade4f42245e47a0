import { describe, expect, it } from 'vitest';
import { attachmentFileName, detectAttachmentType } from './case-attachment.rules.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('attachment types from the first bytes', () => {
  it('knows a PDF, a PNG and a JPEG whatever they are called', () => {
    expect(detectAttachmentType(bytes('%PDF-1.7\n...'), 'notat.exe')?.contentType).toBe('application/pdf');
    expect(detectAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x')?.contentType).toBe('image/png');
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'bilde.png')?.contentType).toBe('image/jpeg');
  });

  it('tells Word, Excel and PowerPoint documents by the parts in the archive', () => {
    const zip = (part: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes(`..[Content_Types].xml..${part}document.xml`)]);
    expect(detectAttachmentType(zip('word/'), 'a.docx')?.extensions).toEqual(['docx']);
    expect(detectAttachmentType(zip('xl/'), 'a')?.extensions).toEqual(['xlsx']);
    expect(detectAttachmentType(zip('ppt/'), 'a')?.extensions).toEqual(['pptx']);
    expect(detectAttachmentType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx')).toBeNull();
  });

  it('takes plain UTF-8 text, and refuses markup, binaries and other files', () => {
    expect(detectAttachmentType(bytes('Innstilling til konsensus:\n1. Første punkt'), 'a.txt')?.contentType).toBe(
      'text/plain; charset=utf-8',
    );
    expect(detectAttachmentType(bytes('  <html><script>alert(1)</script>'), 'a.txt')).toBeNull();
    expect(detectAttachmentType(bytes('<svg onload="x()"/>'), 'a.pdf')).toBeNull();
    expect(detectAttachmentType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), 'program.pdf')).toBeNull();
    expect(detectAttachmentType(new Uint8Array([0xc3, 0x28]), 'ugyldig.txt')).toBeNull();
  });
});

describe('attachment file names', () => {
  it('drops a path and control characters, and adds the extension of the type found', () => {
    const pdf = { contentType: 'application/pdf', extensions: ['pdf'] };
    expect(attachmentFileName('C:\\Users\\x\\Saksframlegg.pdf', pdf)).toBe('Saksframlegg.pdf');
    expect(attachmentFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(attachmentFileName('"Notat"\n', pdf)).toBe('Notat.pdf');
    expect(attachmentFileName('', pdf)).toBe('vedlegg.pdf');
  });
});
