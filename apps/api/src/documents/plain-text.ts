import type { ArchivalPdf } from './archival-pdf.js';

/**
 * Writes text a person typed (the minutes as edited) into an archival PDF with the structure it already
 * has: a run of lines starting "- " is a list, every other non-empty line a paragraph, blank lines space.
 * Nothing is interpreted beyond that, so the PDF says exactly what was written.
 */
export function writePlainText(pdf: ArchivalPdf, text: string): void {
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) pdf.list(items);
    items = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('- ')) {
      items.push(trimmed.slice(2).trim());
      continue;
    }
    flush();
    if (trimmed === '') pdf.space(0.5);
    else pdf.paragraph(trimmed);
  }
  flush();
}
