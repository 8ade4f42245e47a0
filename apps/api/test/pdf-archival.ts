import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';

/** What an archive checks in a PDF, read with pdf-lib from the file's objects (not from how pdfkit was called). */
export interface ArchivalPdfReport {
  pages: number;
  /** Every font the file declares, with whether its program is in the file. */
  fonts: { name: string; subtype: string; embedded: boolean }[];
  /** A structure tree (StructTreeRoot) in the catalogue. */
  hasStructureTree: boolean;
  /** The structure types in the tree, depth first (Document, H1, P, L, LI, Table, …). */
  structureTypes: string[];
  /** MarkInfo /Marked true: the file says it is tagged. */
  marked: boolean;
  /** The catalogue's Lang. */
  language: string | null;
  /** pdfaid:part and pdfaid:conformance from the XMP metadata stream. */
  pdfa: { part: string | null; conformance: string | null };
  /** An sRGB output intent, which PDF/A needs for device colours. */
  hasOutputIntent: boolean;
  /** The XMP's dc:title, which PDF/A wants to match the Info dictionary's Title. */
  xmpTitle: string | null;
  title: string | null;
}

const text = (value: PDFObject | undefined): string | null =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;

const streamText = (stream: PDFStream): string =>
  Buffer.from(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()).toString('utf8');

/** A font's descriptor carries its program as FontFile (Type 1), FontFile2 (TrueType) or FontFile3 (CFF/OpenType). */
function hasFontProgram(descriptor: PDFDict | undefined): boolean {
  return !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
}

/**
 * Opens a PDF with pdf-lib and reports what an archive (PDF/A) and a screen reader rely on: embedded
 * fonts, a structure tree, the marked flag, the language and the PDF/A identification in the XMP.
 * Not a full PDF/A validator (veraPDF is one; it is not in Debian, see ADR 0031).
 */
export async function inspectArchivalPdf(pdf: Uint8Array): Promise<ArchivalPdfReport> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context, catalog } = document;

  const fonts: ArchivalPdfReport['fonts'] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.lookup(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Type3') || subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) {
      continue; // Type 3 glyphs are drawn in the file; CID fonts are checked through their Type 0 parent.
    }
    const base = object.lookup(PDFName.of('BaseFont'));
    let descriptor = object.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    if (subtype === PDFName.of('Type0')) {
      const descendant = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0);
      descriptor = descendant instanceof PDFDict ? descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict) : undefined;
    }
    fonts.push({
      name: base instanceof PDFName ? base.decodeText() : '?',
      subtype: subtype instanceof PDFName ? subtype.decodeText() : '?',
      embedded: hasFontProgram(descriptor),
    });
  }

  const structureTypes: string[] = [];
  const visit = (node: PDFObject | undefined): void => {
    const resolved = node instanceof PDFRef ? context.lookup(node) : node;
    if (resolved instanceof PDFArray) {
      for (let index = 0; index < resolved.size(); index++) visit(resolved.get(index));
    } else if (resolved instanceof PDFDict) {
      const type = resolved.lookup(PDFName.of('S'));
      if (type instanceof PDFName) structureTypes.push(type.decodeText());
      visit(resolved.get(PDFName.of('K')));
    }
  };
  const structureTree = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  visit(structureTree?.get(PDFName.of('K')));

  const metadata = catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  const xmp = metadata ? streamText(metadata) : '';
  // XMP may write a property as an element or as an attribute of rdf:Description.
  const xmpValue = (name: string) =>
    new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(xmp)?.[1] ?? new RegExp(`${name}="([^"]*)"`).exec(xmp)?.[1] ?? null;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const infoReference = context.trailerInfo.Info;
  const info = infoReference ? context.lookup(infoReference) : undefined;

  return {
    pages: document.getPageCount(),
    fonts,
    hasStructureTree: !!structureTree,
    structureTypes,
    marked: markInfo?.lookup(PDFName.of('Marked')) === PDFBool.True,
    language: text(catalog.lookup(PDFName.of('Lang'))),
    pdfa: { part: xmpValue('pdfaid:part'), conformance: xmpValue('pdfaid:conformance') },
    hasOutputIntent: (catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray)?.size() ?? 0) > 0,
    xmpTitle: /<dc:title>[^]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)?.[1] ?? null,
    title: info instanceof PDFDict ? text(info.lookup(PDFName.of('Title'))) : null,
  };
}
