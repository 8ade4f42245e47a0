import { badUserInput } from '../../common/errors.js';
import type { RecordAccess } from './case.entity.js';
/**
 * What an attachment may be, told from its first bytes (never from the name or the type the browser
 * claims): PDF, Word, Excel and PowerPoint (Office Open XML and the older binary formats), PNG, JPEG and
 * plain UTF-8 text. Anything else, an HTML page or a script among them, is refused.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_CASE_MAX = 20;

export interface DetectedType {
  contentType: string;
  /** The extensions a file of this type is named with; the stored name gets the first when it has none of them. */
  extensions: readonly string[];
}

export const PDF: DetectedType = { contentType: 'application/pdf', extensions: ['pdf'] };
const PNG: DetectedType = { contentType: 'image/png', extensions: ['png'] };
const JPEG: DetectedType = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const TEXT: DetectedType = { contentType: 'text/plain; charset=utf-8', extensions: ['txt'] };
export const DOCX: DetectedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const XLSX: DetectedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] };
const PPTX: DetectedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
};
const LEGACY_OFFICE: Readonly<Record<string, DetectedType>> = {
  doc: { contentType: 'application/msword', extensions: ['doc'] },
  xls: { contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The type of the file's content, or null when it is not one an attachment may be. */
export function detectAttachmentType(bytes: Uint8Array, fileName: string): DetectedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: an Office Open XML document names its parts in the archive ("[Content_Types].xml", "word/…").
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/')) return DOCX;
    if (names.includes('xl/')) return XLSX;
    if (names.includes('ppt/')) return PPTX;
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // The older binary Office formats share one container; the name tells which program opens it.
    return LEGACY_OFFICE[extensionOf(fileName)] ?? null;
  }
  return isPlainText(bytes) ? TEXT : null;
}

/** UTF-8 without NUL or other control characters (tabs and line breaks allowed), and not markup a browser would run. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return false;
  return !/^\s*</.test(text);
}

/** The name the file is stored and downloaded under: no path, no control characters, with its type's extension. */
export function attachmentFileName(given: string, type: DetectedType): string {
  const base = (given.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 180);
  const name = base.length > 0 ? base : 'vedlegg';
  return type.extensions.includes(extensionOf(name)) ? name : `${name}.${type.extensions[0] ?? 'bin'}`;
}

/**
 * A file's access as given, checked: an exempt file needs its legal basis, a public one has none. The
 * reason names the field the user fixes.
 */
export function attachmentAccess(
  access: RecordAccess,
  givenBasis: string | null | undefined,
): { access: RecordAccess; exemptionBasis: string | null } {
  const exemptionBasis = givenBasis?.trim() || null;
  if (access === 'EXEMPT' && !exemptionBasis) {
    throw badUserInput('exemptionBasis', 'EXEMPTION_BASIS_REQUIRED', {}, 'an exempt attachment needs its legal basis');
  }
  if (access === 'PUBLIC' && exemptionBasis) {
    throw badUserInput('exemptionBasis', 'EXEMPTION_ONLY_FOR_EXEMPT', {}, 'only an exempt attachment has a legal basis');
  }
  return { access, exemptionBasis };
}
