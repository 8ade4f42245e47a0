import os from 'node:os';

/** Plain text for a terminal: figures only, no verdicts (timings on a shared machine are for reading, not for failing). */
export function heading(text: string): void {
  process.stdout.write(`\n== ${text} ==\n`);
}

/** How busy the machine was (other work slows both sides of a comparison, and the latencies). */
export function machineLoad(): string {
  return `load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${os.availableParallelism()} cores`;
}

export function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A table with a header row; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  for (const [index, row] of cells.entries()) {
    const numeric = (column: number) => index > 0 && typeof rows[index - 1]?.[column] === 'number';
    line(
      row
        .map((cell, column) => (numeric(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  }
}

export function milliseconds(value: number): number {
  return Number(value.toFixed(1));
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
