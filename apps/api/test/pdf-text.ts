import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream, type PDFObject } from 'pdf-lib';

/** A font's ToUnicode map: character code (as hex) to text, and how many bytes a code takes. */
interface UnicodeMap {
  codeBytes: number;
  codes: Map<string, string>;
}

const streamBytes = (stream: PDFStream): Uint8Array =>
  stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();

const hexText = (hex: string): string => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** Reads a ToUnicode CMap: its code space, `bfchar` pairs and `bfrange` runs (with a start or an array). */
function parseUnicodeMap(cmap: string): UnicodeMap {
  const codes = new Map<string, string>();
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  const codeBytes = (space?.[1]?.length ?? 4) / 2;
  const key = (code: number) => code.toString(16).padStart(codeBytes * 2, '0');
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      codes.set(key(parseInt(pair[1] ?? '0', 16)), hexText(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const low = parseInt(range[1] ?? '0', 16);
      const high = parseInt(range[2] ?? '0', 16);
      const target = range[3] ?? '';
      if (target.startsWith('[')) {
        // pdfkit writes a ligature's characters with spaces between them: <0066 0066>.
        [...target.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((entry, offset) =>
          codes.set(key(low + offset), hexText((entry[1] ?? '').replace(/\s/g, ''))),
        );
      } else {
        const start = parseInt(target.slice(1, -1), 16);
        for (let code = low; code <= high; code++) codes.set(key(code), String.fromCodePoint(start + code - low));
      }
    }
  }
  return { codeBytes, codes };
}

interface PageFont {
  name: string;
  unicode: UnicodeMap | null;
}

/** The page's fonts by resource name (F1, F2, …), each with its name and ToUnicode map. */
function pageFonts(resources: PDFDict | undefined): Map<string, PageFont> {
  const fonts = new Map<string, PageFont>();
  const dictionary = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, reference] of dictionary?.entries() ?? []) {
    const font = dictionary?.context.lookup(reference);
    if (!(font instanceof PDFDict)) continue;
    const base = font.lookup(PDFName.of('BaseFont'));
    const toUnicode = font.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
    fonts.set(name.decodeText(), {
      name: base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/, '') : '?',
      unicode: toUnicode ? parseUnicodeMap(Buffer.from(streamBytes(toUnicode)).toString('latin1')) : null,
    });
  }
  return fonts;
}

function contentOf(contents: PDFObject | undefined): string {
  const streams: PDFStream[] = [];
  if (contents instanceof PDFStream) streams.push(contents);
  if (contents instanceof PDFArray) {
    for (let index = 0; index < contents.size(); index++) {
      const stream = contents.lookup(index);
      if (stream instanceof PDFStream) streams.push(stream);
    }
  }
  return streams.map((stream) => Buffer.from(streamBytes(stream)).toString('latin1')).join('\n');
}

/** A run of text as shown: the font's name (without its subset tag) and the text. */
export interface PdfTextRun {
  font: string;
  text: string;
}

/**
 * The text runs a pdfkit PDF shows, to check what a document says: each page's content streams, the
 * current font (`/F1 11 Tf`) and every text-showing array (`[<hex> kerning <hex>] TJ`) as one run,
 * decoded through the font's ToUnicode map (embedded fonts show glyph ids, not characters). Good enough
 * for pdfkit's own output, not a general PDF reader.
 */
export async function pdfTextRuns(pdf: Uint8Array): Promise<PdfTextRun[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const runs: PdfTextRun[] = [];
  for (const page of document.getPages()) {
    const fonts = pageFonts(page.node.Resources());
    const content = contentOf(page.node.Contents());
    let font: PageFont | undefined;
    for (const token of content.matchAll(/\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
      if (token[1]) {
        font = fonts.get(token[1]);
        continue;
      }
      const hex = [...(token[2] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((chunk) => chunk[1] ?? '').join('');
      if (!font?.unicode) {
        runs.push({ font: font?.name ?? '?', text: Buffer.from(hex, 'hex').toString('latin1') });
        continue;
      }
      const { codeBytes, codes } = font.unicode;
      let text = '';
      for (let offset = 0; offset < hex.length; offset += codeBytes * 2) {
        text += codes.get(hex.slice(offset, offset + codeBytes * 2).toLowerCase()) ?? '';
      }
      runs.push({ font: font.name, text });
    }
  }
  return runs;
}

/** The text lines a pdfkit PDF shows: its runs' text (see pdfTextRuns). */
export async function pdfTextLines(pdf: Uint8Array): Promise<string[]> {
  return (await pdfTextRuns(pdf)).map((run) => run.text);
}
