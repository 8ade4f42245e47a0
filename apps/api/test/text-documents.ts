import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

/** A PDF whose text layer holds the text, as a word processor exports it. */
export async function pdfWith(text: string): Promise<Buffer> {
  const document = new PDFDocument();
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => document.on('end', resolve));
  document.text(text);
  document.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A Word document (DOCX) of one paragraph. */
export function wordWith(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}
