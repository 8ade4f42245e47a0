import PDFDocument from 'pdfkit';
import { archivalFonts, type ArchivalFontFace } from './archival-fonts.js';

/** What the archive and a screen reader learn about a document before reading it. */
export interface ArchivalPdfMetadata {
  title: string;
  /** Who issues the document: the health community. */
  author: string;
  subject: string;
}

/** How a run of text looks; the structure (P, H1, …) is decided by the method that writes it. */
export interface ArchivalTextStyle {
  size?: number;
  face?: ArchivalFontFace;
  colour?: string;
}

/** A list item: one line, or a first line followed by detail lines in the same item. */
export type ArchivalListItem = string | { text: string; details: string[]; colour?: string };

/** A simple table: a header row (TH) and body rows (TD), every cell plain text. */
export interface ArchivalTable {
  columns: string[];
  rows: string[][];
  /** Column widths in points; by default the columns share the width equally. */
  widths?: number[];
}

const BODY_SIZE = 11;
const MUTED = '#444444';
/** The document language, written to the catalogue (Lang) so a screen reader reads Norwegian. */
export const ARCHIVAL_LANGUAGE = 'nb-NO';
/**
 * PDF/A-2a: the archival standard (ISO 19005-2) at level A, which asks for a tagged, logically
 * structured document with Unicode text on top of level B's embedded fonts and colour profile.
 */
export const ARCHIVAL_CONFORMANCE = 'PDF/A-2a';

/**
 * An archival PDF being written (ADR 0031): PDF/A-2a with DejaVu Sans embedded (subset), tagged
 * (every piece of text sits in a structure element: H1, H2, P, L/LI/Lbl/LBody, Table/TR/TH/TD under one
 * Document), in Norwegian (nb-NO), with title, author and subject in both the Info dictionary and the
 * XMP metadata. Renderers say what a document contains through these methods and never draw untagged
 * text, so each document passes the same archive checks.
 */
export class ArchivalPdf {
  private readonly pdf: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private readonly output: Promise<Buffer>;

  constructor(metadata: ArchivalPdfMetadata) {
    const fonts = archivalFonts();
    this.pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      // No default font: pdfkit would load Helvetica (a standard font, not embedded), and it sets a page's
      // options' font again on every automatic page break. The registered faces are set below.
      font: '',
      info: { Title: metadata.title, Author: metadata.author, Subject: metadata.subject },
      lang: ARCHIVAL_LANGUAGE,
      pdfVersion: '1.7',
      subset: ARCHIVAL_CONFORMANCE,
      tagged: true,
      displayTitle: true,
    });
    for (const face of ['regular', 'bold', 'italic'] as const) this.pdf.registerFont(face, fonts[face]);
    this.pdf.font('regular');
    const chunks: Buffer[] = [];
    this.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(chunks)));
      this.pdf.on('error', reject);
    });
    this.root = this.pdf.struct('Document');
    this.pdf.addStructure(this.root);
  }

  /** The document's title (H1), large and bold. */
  title(text: string): this {
    return this.tagged('H1', () => this.write(text, { size: 20, face: 'bold' }));
  }

  /** A section heading (H2); `bookmark` adds it to the outline so a reader can jump to it. */
  heading(text: string, options: { bookmark?: boolean } = {}): this {
    this.keepWithNext();
    if (options.bookmark) this.pdf.outline.addItem(text);
    return this.tagged('H2', () => this.write(text, { size: 14, face: 'bold' }));
  }

  /** A heading inside a section (H3). */
  subheading(text: string): this {
    // A little air above, except at the top of a page.
    if (this.pdf.y > this.pdf.page.margins.top) this.pdf.fontSize(BODY_SIZE).moveDown(0.3);
    this.keepWithNext();
    return this.tagged('H3', () => this.write(text, { size: BODY_SIZE, face: 'bold' }));
  }

  /** A paragraph (P). */
  paragraph(text: string, style: ArchivalTextStyle = {}): this {
    return this.tagged('P', () => this.write(text, style));
  }

  /** A paragraph that starts with a bold label: "Tid: tirsdag 3. mars 2026 kl. 10:00". */
  labelled(label: string, value: string): this {
    return this.tagged('P', () => {
      this.pdf.font('bold').fontSize(BODY_SIZE).fillColor('black').text(`${label}: `, { continued: true });
      this.pdf.font('regular').text(value);
    });
  }

  /** A small grey paragraph for dates and remarks under a heading. */
  note(text: string): this {
    return this.paragraph(text, { size: 9, colour: MUTED });
  }

  /** A bulleted list (L), each item an LI with its bullet (Lbl) and text (LBody), indented under the bullet. */
  list(items: ArchivalListItem[], style: ArchivalTextStyle = {}): this {
    if (items.length === 0) return this;
    const list = this.pdf.struct('L');
    this.root.add(list);
    const left = this.pdf.page.margins.left;
    const indent = 14;
    const width = this.pdf.page.width - left - this.pdf.page.margins.right - indent;
    for (const item of items) {
      const { text, details, colour } = typeof item === 'string' ? { text: item, details: [], colour: undefined } : item;
      const listItem = this.pdf.struct('LI');
      list.add(listItem);
      const size = style.size ?? BODY_SIZE;
      // Keep the bullet with its text: move to the next page first when the line would not fit.
      this.pdf.font(style.face ?? 'regular').fontSize(size);
      if (this.pdf.y + this.pdf.currentLineHeight(true) > this.pdf.page.maxY()) this.pdf.addPage();
      const top = this.pdf.y;
      listItem.add(
        this.pdf.struct('Lbl', {}, () => {
          this.pdf.fillColor(colour ?? style.colour ?? 'black').text('•', left, top, { lineBreak: false });
        }),
      );
      listItem.add(
        this.pdf.struct('LBody', {}, () => {
          this.pdf.fillColor(colour ?? style.colour ?? 'black').text(text, left + indent, top, { width });
          for (const detail of details) this.pdf.text(detail, left + indent, this.pdf.y, { width });
        }),
      );
      listItem.end();
    }
    list.end();
    this.pdf.x = left;
    this.pdf.fillColor('black');
    return this;
  }

  /** A table (Table/TR/TH/TD) with a bold header row. */
  table(table: ArchivalTable): this {
    this.pdf.font('regular').fontSize(10).fillColor('black');
    // pdfkit tags the table when given a structure parent; its typings leave the option out.
    const options: PDFKit.Mixins.TableOptionsWithData & { structParent: PDFKit.PDFStructureElement } = {
      structParent: this.root,
      ...(table.widths ? { columnStyles: table.widths } : {}),
      defaultStyle: { border: 0.5, borderColor: '#999999', padding: { top: 3, bottom: 3, left: 4, right: 4 } },
      data: [
        table.columns.map((column) => ({ text: column, type: 'TH' as const, font: { src: 'bold' } })),
        ...table.rows.map((row) => row.map((cell) => ({ text: cell, type: 'TD' as const }))),
      ],
    };
    this.pdf.table(options);
    this.pdf.x = this.pdf.page.margins.left;
    return this;
  }

  /** Vertical space, in lines of body text. */
  space(lines = 1): this {
    this.pdf.fontSize(BODY_SIZE).moveDown(lines);
    return this;
  }

  /** Starts a new page (each case of a notice starts on its own). */
  newPage(): this {
    this.pdf.addPage();
    return this;
  }

  /** Finishes the document: closes the structure tree, writes the XMP with the PDF/A identification. */
  end(): Promise<Buffer> {
    this.root.end();
    this.pdf.end();
    return this.output;
  }

  /** A heading does not stay alone at the foot of a page: it moves to the next when a few lines would not fit under it. */
  private keepWithNext(): void {
    if (this.pdf.y + 4 * this.pdf.fontSize(BODY_SIZE).currentLineHeight(true) > this.pdf.page.maxY()) this.pdf.addPage();
  }

  private tagged(type: string, draw: () => void): this {
    this.root.add(this.pdf.struct(type, {}, draw));
    return this;
  }

  private write(text: string, style: ArchivalTextStyle): void {
    this.pdf
      .font(style.face ?? 'regular')
      .fontSize(style.size ?? BODY_SIZE)
      .fillColor(style.colour ?? 'black')
      .text(text);
    this.pdf.fillColor('black');
  }
}
