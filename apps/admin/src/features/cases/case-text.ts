/**
 * The case texts' formatting, parsed into blocks (never HTML, so nothing a user writes runs in a page):
 * an empty line starts a paragraph; lines starting with "- " make a bullet list, "1. " a numbered list;
 * **text** is bold.
 */
export interface Inline {
  text: string;
  bold: boolean;
}
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'bullets' | 'numbers'; items: Inline[][] };

const BULLET = /^\s*[-•*]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;

export function parseCaseText(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0)
    .map((lines): Block => {
      if (lines.every((line) => BULLET.test(line)))
        return { kind: 'bullets', items: lines.map((line) => inline(line.replace(BULLET, ''))) };
      if (lines.every((line) => NUMBER.test(line)))
        return { kind: 'numbers', items: lines.map((line) => inline(line.replace(NUMBER, ''))) };
      return { kind: 'paragraph', lines: lines.map((line) => inline(line.trim())) };
    });
}

function inline(line: string): Inline[] {
  return line
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}
