/**
 * A CSV file's text: UTF-8 (a BOM dropped) when the bytes are valid UTF-8, else Windows-1252, the
 * Latin-1 that Statistics Norway and Excel in a Norwegian locale write ("Bodø" as one byte for "ø").
 */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
