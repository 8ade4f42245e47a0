/**
 * The bookmark titles of a PDF, to check what a report contains. pdfkit writes them as literal
 * strings in UTF-16BE with a byte order mark: `/Title (\xfe\xff…)`, with `\`, `(` and `)` escaped.
 * (The same idea as apps/api/test/pdf-outline.ts; the admin tests do not import from the API.)
 */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title \(\xfe\xff((?:[^)\\]|\\.)*)\)/g)].map((match) => {
    const bytes = Buffer.from((match[1] ?? '').replace(/\\(.)/g, '$1'), 'latin1');
    return bytes.swap16().toString('utf16le');
  });
}
