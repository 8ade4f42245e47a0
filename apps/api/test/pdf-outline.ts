/** The bookmark titles of a PDF (pdfkit writes them as UTF-16BE literal strings), to check what a report contains. */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title \(\xfe\xff((?:[^)\\]|\\.)*)\)/g)].map((match) => {
    const bytes = Buffer.from((match[1] ?? '').replace(/\\(.)/g, '$1'), 'latin1');
    return bytes.swap16().toString('utf16le');
  });
}
