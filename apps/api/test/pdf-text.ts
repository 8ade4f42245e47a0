import { inflateSync } from 'node:zlib';

/**
 * The text lines a pdfkit PDF shows, to check what a document says: its deflated content streams
 * inflated, and every text-showing array (`[<hex> kerning <hex>] TJ`, standard fonts in WinAnsi) joined
 * into one line, read as Latin-1 (WinAnsi's bullets and dashes at 0x80–0x9F come out as control
 * characters). Good enough for pdfkit's own output, not a general PDF reader.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/\/FlateDecode[^]*?>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
      const hex = [...(array[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((chunk) => chunk[1] ?? '').join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines;
}
