import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { inspectArchivalPdf } from './pdf-archival.js';

/** A PDF as the documents were before ADR 0031: pdfkit's standard font, no tags, no PDF/A. */
function plainPdf(): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.font('Helvetica').text('Status: I rute');
  document.end();
  return done;
}

describe('inspectArchivalPdf', () => {
  it('finds what a plain PDF lacks: a standard font without its file, tags, language and the PDF/A identification', async () => {
    const report = await inspectArchivalPdf(await plainPdf());
    expect(report.fonts).toEqual([{ name: 'Helvetica', subtype: 'Type1', embedded: false }]);
    expect(report.hasStructureTree).toBe(false);
    expect(report.structureTypes).toEqual([]);
    expect(report.marked).toBe(false);
    expect(report.language).toBeNull();
    expect(report.pdfa).toEqual({ part: null, conformance: null });
    expect(report.hasOutputIntent).toBe(false);
  });
});
