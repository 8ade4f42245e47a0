import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DOCX, PDF } from './case-attachment.rules.js';

/** The most text kept of one file for the search: a long report's worth; the rest is not searched. */
export const ATTACHMENT_TEXT_MAX_CHARS = 500_000;
/** The most pages read of one PDF: the text search is for finding a case, not for reading an archive. */
const PDF_PAGES_MAX = 300;
/** The most a Word document may unpack to before it is read: its text fits many times; a zip bomb does not. */
export const DOCX_UNPACKED_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The words of an attachment, for the case register's full-text search (ADR 0023): a PDF's text layer
 * (pdf.js, as browsers read it), a Word document's text (mammoth) and a plain text file; other types
 * (images, spreadsheets, presentations, the older Office formats) have none here and are found by their
 * name. A file that cannot be read is still stored, found by its name: the search never refuses an upload.
 */
export async function extractAttachmentText(content: Uint8Array, contentType: string | null): Promise<string> {
  try {
    if (contentType === PDF.contentType) return clip(await pdfText(content));
    if (contentType === DOCX.contentType) return clip(await wordText(content));
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

/** A Word document's text, when what its zip says it unpacks to is within DOCX_UNPACKED_MAX_BYTES. */
async function wordText(content: Uint8Array): Promise<string> {
  const unpacked = zipUnpackedBytes(content);
  if (unpacked === null || unpacked > DOCX_UNPACKED_MAX_BYTES) return '';
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(content.buffer, content.byteOffset, content.byteLength) });
  return value;
}

/**
 * What a zip's entries unpack to, as its central directory states them; null when the directory cannot be
 * read or uses ZIP64 (sizes beyond 4 GB: never a case's Word document).
 */
export function zipUnpackedBytes(zip: Uint8Array): number | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record: 22 bytes, after at most a 65 535-byte comment.
  let end = -1;
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > zip.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** At most ATTACHMENT_TEXT_MAX_CHARS, without NUL (PostgreSQL text does not take it). */
function clip(text: string): string {
  return text.replaceAll('\u0000', ' ').slice(0, ATTACHMENT_TEXT_MAX_CHARS);
}
