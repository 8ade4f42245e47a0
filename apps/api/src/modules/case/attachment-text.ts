import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The most text kept of one file for the search: a long report's worth; the rest is not searched. */
export const ATTACHMENT_TEXT_MAX_CHARS = 500_000;
/** The most pages read of one PDF: the text search is for finding a case, not for reading an archive. */
const PDF_PAGES_MAX = 300;

/**
 * The words of an attachment, for the case register's full-text search (ADR 0023): a PDF's text layer
 * (pdf.js, as browsers read it) and a plain text file; other types (images, Office documents) have none
 * here and are found by their name. A file that cannot be read is still stored, found by its name: the
 * search never refuses an upload.
 */
export async function extractAttachmentText(content: Uint8Array, contentType: string | null): Promise<string> {
  try {
    if (contentType === 'application/pdf') return clip(await pdfText(content));
    if (contentType?.startsWith('text/plain')) return clip(new TextDecoder('utf-8').decode(content));
  } catch {
    // An unreadable or damaged file: found by its name only.
  }
  return '';
}

async function pdfText(content: Uint8Array): Promise<string> {
  // pdf.js may detach the buffer it is given: hand it a copy. No eval, no fonts loaded: text only.
  const document = await getDocument({
    data: new Uint8Array(content),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let length = 0;
    for (let number = 1; number <= Math.min(document.numPages, PDF_PAGES_MAX) && length < ATTACHMENT_TEXT_MAX_CHARS; number += 1) {
      const page = await document.getPage(number);
      const { items } = await page.getTextContent();
      const text = items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await document.destroy();
  }
}

/** At most ATTACHMENT_TEXT_MAX_CHARS, without NUL (PostgreSQL text does not take it). */
function clip(text: string): string {
  return text.replaceAll('\u0000', ' ').slice(0, ATTACHMENT_TEXT_MAX_CHARS);
}
