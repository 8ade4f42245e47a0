import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The faces an archival document uses: body text, headings and labels, and emphasis. */
export type ArchivalFontFace = 'regular' | 'bold' | 'italic';

const FILES: Record<ArchivalFontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

let loaded: Record<ArchivalFontFace, Buffer> | null = null;

/** Where a face's TrueType file is: in the `dejavu-fonts-ttf` package that `npm ci` installs. */
function archivalFontPath(face: ArchivalFontFace): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', FILES[face]);
}

/**
 * The DejaVu Sans TrueType files from the `dejavu-fonts-ttf` package (Bitstream Vera licence, free to
 * embed): PDF/A needs every font embedded, and DejaVu covers Norwegian letters, dashes, bullets and
 * arrows (→), which pdfkit's standard fonts do not. Read once per process: each document embeds only
 * the glyphs it uses (pdfkit subsets TrueType fonts).
 */
export function archivalFonts(): Record<ArchivalFontFace, Buffer> {
  if (!loaded) {
    loaded = {
      regular: readFileSync(archivalFontPath('regular')),
      bold: readFileSync(archivalFontPath('bold')),
      italic: readFileSync(archivalFontPath('italic')),
    };
  }
  return loaded;
}
